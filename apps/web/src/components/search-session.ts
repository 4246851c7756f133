const KEY = "madoguchi.searchSession";

/**
 * A random id for this browser tab's searches (sessionStorage: one per tab, gone when it
 * closes). It ties searches to a later inquiry from the same tab for the deflection report,
 * and to nothing else: it is not derived from, or stored with, anything about the person.
 */
export function searchSessionId(): string | null {
  try {
    let id = window.sessionStorage.getItem(KEY);
    if (!id) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      window.sessionStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}
