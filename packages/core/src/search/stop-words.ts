import { normalizeText } from "./normalize-text";

/**
 * Words that carry no topic. English ones are dropped from documents and queries alike; Japanese
 * ones (particles, auxiliaries, colloquial endings) only split a query into units, since inside a
 * document they are just part of the character bigrams.
 *
 * Japanese endings such as できない or ない are kept out of scoring on purpose: a query like
 * 「ログインできない」 is about ログイン, and the phrases where the ending matters
 * (ログインできない, 届かない, 反映されない) are synonym entries, matched before this list applies.
 */

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).map(normalizeText));
}

export const englishStopWords = wordSet(`
  a an the to of in on at for by with from into about and or but if so than then
  i me my mine we us our you your it its this that these those there
  is am are was were be been being do does did done have has had
  will would should could can may might must shall what why when where which who whom how
  im ive dont doesnt didnt isnt wasnt arent please help get got some any just still yet also very
`);

export const japaneseStopWords = wordSet(`
  は が を に で と の へ も や か な ね よ わ ぞ さ
  から まで より けど けれど のに ので って とか など には では とは でも
  です ます でした ました ません ない なく なかった たい たく た だ て
  てる ている ています ちゃ じゃ れる られる れ られ ら せる させる
  し して した します しました する しない しません しよう したい いたい い
  でき できる できない できません 出来 出来る 出来ない ほしい 欲しい ください
  ちゃう ちゃった しまった しまう いる いない ある あり なり なる なった
  いくら どう どうして どうやって どうすれば なぜ なに 何 いつ どこ どれ どの
  すれば したら すると ですか ますか でしょうか
`);
