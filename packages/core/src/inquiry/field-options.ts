import type { Localized } from "../locale/locale";

export interface SelectOption {
  value: string;
  label: Localized;
}

const base58 = "[1-9A-HJ-NP-Za-km-z]";
const bech32 = "[02-9ac-hj-np-z]";
const xrpBase58 = "[rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz]";
const hex64 = /^[0-9a-fA-F]{64}$/;
const evmTxid = /^0x[0-9a-fA-F]{64}$/;
const evmAddress = /^0x[0-9a-fA-F]{40}$/;

/** Bech32 is written in one case; mixed case is a typo (BIP-173). */
function bech32Address(prefix: string, length: string): RegExp {
  const upper = bech32.toUpperCase();
  return new RegExp(`^(?:${prefix}1${bech32}{${length}}|${prefix.toUpperCase()}1${upper}{${length}})$`);
}

export interface NetworkDefinition extends SelectOption {
  /** Basic shape of a transaction hash on this network. */
  txid: RegExp;
  /** Basic shape of an address on this network (no checksum verification). */
  address: RegExp;
  /** Whether TXIDs are hexadecimal, so case carries no meaning and they are stored lower-case. */
  hexTxid: boolean;
}

/**
 * Networks a customer can choose for a crypto transfer. The shapes catch typos and values
 * pasted into the wrong field; they do not prove a transfer exists.
 */
export const networks: readonly NetworkDefinition[] = [
  {
    value: "bitcoin",
    label: { ja: "Bitcoin", en: "Bitcoin" },
    txid: hex64,
    address: new RegExp(`${bech32Address("bc", "39,59").source}|^[13]${base58}{25,34}$`),
    hexTxid: true,
  },
  {
    value: "ethereum",
    label: { ja: "Ethereum (ERC-20)", en: "Ethereum (ERC-20)" },
    txid: evmTxid,
    address: evmAddress,
    hexTxid: true,
  },
  {
    value: "tron",
    label: { ja: "Tron (TRC-20)", en: "Tron (TRC-20)" },
    txid: hex64,
    address: new RegExp(`^T${base58}{33}$`),
    hexTxid: true,
  },
  {
    // Signatures are 64 bytes: 87–88 base58 characters, 86 for the few with small values.
    value: "solana",
    label: { ja: "Solana", en: "Solana" },
    txid: new RegExp(`^${base58}{86,88}$`),
    address: new RegExp(`^${base58}{32,44}$`),
    hexTxid: false,
  },
  {
    value: "xrp",
    label: { ja: "XRP Ledger", en: "XRP Ledger" },
    txid: hex64,
    address: new RegExp(`^r${xrpBase58}{24,34}$`),
    hexTxid: true,
  },
  {
    value: "polygon",
    label: { ja: "Polygon", en: "Polygon" },
    txid: evmTxid,
    address: evmAddress,
    hexTxid: true,
  },
  {
    value: "bsc",
    label: { ja: "BNB Smart Chain (BEP-20)", en: "BNB Smart Chain (BEP-20)" },
    txid: evmTxid,
    address: evmAddress,
    hexTxid: true,
  },
  {
    value: "arbitrum",
    label: { ja: "Arbitrum One", en: "Arbitrum One" },
    txid: evmTxid,
    address: evmAddress,
    hexTxid: true,
  },
  {
    value: "litecoin",
    label: { ja: "Litecoin", en: "Litecoin" },
    txid: hex64,
    address: new RegExp(`${bech32Address("ltc", "39,59").source}|^[LM3]${base58}{26,33}$`),
    hexTxid: true,
  },
  {
    value: "bitcoin_cash",
    label: { ja: "Bitcoin Cash", en: "Bitcoin Cash" },
    txid: hex64,
    address: new RegExp(`^(?:bitcoincash:)?[qp]${bech32}{41}$|^[13]${base58}{25,34}$`),
    hexTxid: true,
  },
  {
    value: "other",
    label: { ja: "その他のネットワーク", en: "Other network" },
    txid: /^(?:0x)?[0-9A-Za-z]{16,128}$/,
    address: /^[0-9A-Za-z][0-9A-Za-z:._-]{15,127}$/,
    hexTxid: false,
  },
];

export function findNetwork(value: string): NetworkDefinition | undefined {
  return networks.find((network) => network.value === value);
}

export const currencies: readonly SelectOption[] = [
  { value: "BTC", label: { ja: "BTC（ビットコイン）", en: "BTC (Bitcoin)" } },
  { value: "ETH", label: { ja: "ETH（イーサリアム）", en: "ETH (Ethereum)" } },
  { value: "XRP", label: { ja: "XRP（エックスアールピー）", en: "XRP" } },
  { value: "SOL", label: { ja: "SOL（ソラナ）", en: "SOL (Solana)" } },
  { value: "TRX", label: { ja: "TRX（トロン）", en: "TRX (Tron)" } },
  { value: "USDT", label: { ja: "USDT（テザー）", en: "USDT (Tether)" } },
  { value: "USDC", label: { ja: "USDC（USDコイン）", en: "USDC (USD Coin)" } },
  { value: "POL", label: { ja: "POL（ポリゴン）", en: "POL (Polygon)" } },
  { value: "BNB", label: { ja: "BNB", en: "BNB" } },
  { value: "LTC", label: { ja: "LTC（ライトコイン）", en: "LTC (Litecoin)" } },
  { value: "BCH", label: { ja: "BCH（ビットコインキャッシュ）", en: "BCH (Bitcoin Cash)" } },
  { value: "DOGE", label: { ja: "DOGE（ドージコイン）", en: "DOGE (Dogecoin)" } },
  { value: "other", label: { ja: "その他の通貨", en: "Other currency" } },
];

/** The parts of the service a system trouble can concern; the same keys as the status page. */
export const components: readonly SelectOption[] = [
  { value: "web", label: { ja: "Webサイト", en: "Website" } },
  { value: "app", label: { ja: "スマートフォンアプリ", en: "Mobile app" } },
  { value: "api", label: { ja: "API", en: "API" } },
  { value: "trading", label: { ja: "取引所・販売所", en: "Trading" } },
  { value: "jpy_deposit", label: { ja: "日本円入金", en: "JPY deposits" } },
  { value: "jpy_withdrawal", label: { ja: "日本円出金", en: "JPY withdrawals" } },
  { value: "crypto_transfer", label: { ja: "暗号資産の入出金", en: "Crypto deposits & withdrawals" } },
];
