import { en } from "@/i18n/dictionaries/en";
import { ja } from "@/i18n/dictionaries/ja";

/** Not-found pages receive no params, so this one speaks both languages. */
export default function NotFound() {
  return (
    <>
      <h1>{ja.notFound.title}</h1>
      <p>{ja.notFound.body}</p>
      <p>
        <a href="/">{ja.notFound.home}</a>
      </p>
      <div lang="en">
        <h2>{en.notFound.title}</h2>
        <p>{en.notFound.body}</p>
        <p>
          <a href="/en">{en.notFound.home}</a>
        </p>
      </div>
    </>
  );
}
