/** Polls an assertion until it passes (or a generous limit runs out); never a fixed sleep. */
export async function waitFor(assertion: () => void, { timeoutMs = 5000, everyMs = 10 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
