import { useId, useState } from 'react';
import { signIn } from '../../api/session';

/** The API key (or a bearer token) for this tab only; Enter submits. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [value, setValue] = useState('');
  const id = useId();
  return (
    <form
      className="card signin"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        signIn(value);
        onSignedIn();
      }}
    >
      <h1 id={`${id}-title`}>Sign in</h1>
      <p>
        Paste an API key (<code>npm start</code> wrote the admin key to <code>.provenant/admin-key</code>) or a bearer token. It is kept for
        this browser tab only and sent to this server's <code>/graphql</code> as <code>Authorization: Bearer</code>.
      </p>
      <label htmlFor={id}>API key</label>
      <input id={id} name="api-key" type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <button type="submit">Sign in</button>
    </form>
  );
}
