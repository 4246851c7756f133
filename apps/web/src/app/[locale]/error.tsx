"use client";

// A client component (error boundaries are): its few words are inlined rather than shipping
// the dictionaries to every page.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>一時的に表示できません</h1>
      <p>時間をおいて再度お試しください。</p>
      <p lang="en">This page is temporarily unavailable. Please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        再読み込み / Reload
      </button>
    </>
  );
}
