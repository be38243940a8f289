/** The credential for this tab only: sessionStorage, never localStorage or a cookie. */
const STORAGE_KEY = 'provenant.credential';

export function credential(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

/** An API key or a bearer token (a JWT); a pasted "Bearer …" is accepted too. */
export function signIn(value: string): void {
  sessionStorage.setItem(STORAGE_KEY, value.trim().replace(/^Bearer\s+/i, ''));
}

export function signOut(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
