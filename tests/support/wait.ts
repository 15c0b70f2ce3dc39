/** Polls an asynchronous check until it holds or `ms` have passed; true when it held. */
export async function waitUntil(check: () => Promise<boolean>, ms: number, everyMs = 100): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}
