/** The outcome of the last submit: saved (status) or refused as a whole (alert). */
export function FormOutcome({
  state,
}: {
  state: { status: string; errors: Readonly<Record<string, string>>; data?: { message: string } };
}) {
  if (state.status === "done" && state.data) {
    return (
      <p className="notice" data-tone="ok" role="status" data-testid="settings-done">
        {state.data.message}
      </p>
    );
  }
  const error = state.errors.form;
  if (!error) return null;
  return (
    <p className="notice" data-tone="danger" role="alert" data-testid="form-error">
      {error}
    </p>
  );
}
