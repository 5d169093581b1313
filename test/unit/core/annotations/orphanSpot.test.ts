import * as assert from 'node:assert/strict';
import { captureTarget } from '../../../../src/core/annotations/anchoring';
import { orphanSpot } from '../../../../src/core/annotations/orphanSpot';

const TEXT = 'The Russian president has gathered 300,000 men to be entered into a general mobilisation in September, the minister said on Tuesday.';
const target = captureTarget(TEXT, TEXT.indexOf('300,000 men'), TEXT.indexOf('300,000 men') + '300,000 men'.length);

describe('orphanSpot: where an orphaned annotation was', () => {
  it('is the text that replaced it, between its old context', () => {
    const edited = TEXT.replace('300,000 men', 'about a third of a million soldiers');
    const spot = orphanSpot(edited, target)!;
    assert.equal(edited.slice(spot.start, spot.end), 'about a third of a million soldiers');
  });

  it('takes the place nearest the old position when the context repeats', () => {
    const edited = `${TEXT} ${TEXT}`.replace(/300,000 men/g, 'many troops');
    const spot = orphanSpot(edited, target)!;
    assert.equal(spot.start, TEXT.indexOf('300,000'));
    const moved = { ...target, start: TEXT.length + 1 + TEXT.indexOf('300,000') };
    assert.equal(orphanSpot(edited, moved)!.start, moved.start);
  });

  it('is nothing when the text was deleted, its context is gone, or the context is too short to trust', () => {
    assert.equal(orphanSpot(TEXT.replace('300,000 men ', ''), target), undefined, 'deleted: nothing between prefix and suffix… or a shifted suffix');
    assert.equal(orphanSpot('Something else entirely, with no context left.', target), undefined);
    assert.equal(orphanSpot('Xb', captureTarget('ab', 0, 1)), undefined);
  });
});
