// Which of the two launchers runs the VS Code suite, and why, from what was found on the
// machine: @vscode/test-electron (the usual route for VS Code extensions) where a VS Code
// can be had and shown, code-server in headless Chromium where it cannot.
import type { Display, ElectronVSCodeSearch } from './electronVSCode';

export const ROUTE_VARIABLE = 'CA_VSCODE_ROUTE';
export type RouteName = 'electron' | 'code-server';

export type RouteChoice =
  | { route: RouteName; forced: boolean; reasons: string[] }
  | { route?: undefined; problems: string[]; advice: string[] };

export const XVFB_HINT =
  'apt-get install xvfb (Debian, Ubuntu), dnf install xorg-x11-server-Xvfb (Fedora), pacman -S xorg-server-xvfb (Arch), zypper install xvfb-run (openSUSE)';

/** `requested`: the value of CA_VSCODE_ROUTE (electron, code-server, auto or unset). */
export function chooseRoute(requested: string | undefined, vscode: ElectronVSCodeSearch, display: Display): RouteChoice {
  const asked = (requested ?? '').trim().toLowerCase();
  if (asked === 'code-server') return { route: 'code-server', forced: true, reasons: [] };
  if (asked !== 'electron' && asked !== 'auto' && asked !== '') {
    return { problems: [`${ROUTE_VARIABLE} is "${requested}"`], advice: [`${ROUTE_VARIABLE} takes electron, code-server or auto (the default: choose by itself).`] };
  }
  const problems = [...(vscode.found ? [] : vscode.tried), ...(display.ok ? [] : [display.why])];
  const reasons = problems.length === 0 ? [vscode.found!.description, display.ok ? display.how : ''] : problems;
  if (asked !== 'electron') return { route: problems.length === 0 ? 'electron' : 'code-server', forced: false, reasons };
  if (problems.length === 0) return { route: 'electron', forced: true, reasons };
  const advice = [
    ...(vscode.found ? [] : ['The electron route needs internet access to download VS Code (once), or VS Code installed with its `code` command on the PATH.']),
    ...(display.ok ? [] : [`Without a display it needs xvfb-run: ${XVFB_HINT}.`]),
    `Or leave ${ROUTE_VARIABLE} unset (or set it to code-server) to run the suite in code-server.`,
  ];
  return { problems, advice };
}

/** What npm test prints first about the VS Code suite. */
export function describeChoice(choice: RouteChoice): string {
  const bullets = (lines: string[]) => lines.map((l) => `  - ${l}`);
  if (!choice.route) {
    const what = choice.problems[0].startsWith(ROUTE_VARIABLE) ? 'no route' : `the electron route, forced by ${ROUTE_VARIABLE}=electron, cannot run here`;
    return [`VS Code suite: ${what}:`, ...bullets(choice.problems), ...choice.advice.map((a) => `  ${a}`)].join('\n');
  }
  const name = choice.route === 'electron' ? 'electron route (@vscode/test-electron)' : 'code-server route (code-server in headless Chromium)';
  if (choice.forced) return [`VS Code suite: ${name}, forced by ${ROUTE_VARIABLE}=${choice.route}${choice.reasons.length ? ':' : ''}`, ...bullets(choice.reasons)].join('\n');
  const because = choice.route === 'electron' ? 'chosen because:' : 'chosen because the electron route cannot run here:';
  return [`VS Code suite: ${name}, ${because}`, ...bullets(choice.reasons), `  (${ROUTE_VARIABLE}=electron or ${ROUTE_VARIABLE}=code-server forces a route)`].join('\n');
}
