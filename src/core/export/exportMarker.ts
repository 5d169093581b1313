/**
 * The file that marks a folder as an export written by corpus-annotator. A brat export
 * holds copies of the articles (`x.txt` beside `x.ann`): inside the corpus they would be
 * read as articles a second time (issue 28: 10 articles found instead of 5, every claim
 * doubled). The corpus walk and the editor skip any folder holding this file.
 */
export const EXPORT_MARKER = '.corpus-annotator-export';
