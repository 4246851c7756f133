import { expect, type Page, test } from "@playwright/test";
import { openIncident, resolveIncident, revalidateSite } from "../support/help-center-db";
import { createCustomer, signIn, ticketFacts } from "../support/inquiry-db";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

/** Yesterday at 10:15 in Japan time, as a datetime-local input takes it. */
function yesterday(): string {
  const jst = new Date(Date.now() - 24 * 60 * 60 * 1000 + 9 * 60 * 60 * 1000);
  return `${jst.toISOString().slice(0, 10)}T10:15`;
}

interface Case {
  type: string;
  subtype: string;
  window: string;
  fill: (page: Page) => Promise<void>;
  attach?: { name: string; mimeType: string; buffer: Buffer };
  priority: string;
}

const cases: Case[] = [
  {
    type: "ログインに関するトラブル",
    subtype: "二段階認証ができない",
    window: "カスタマーサポート",
    priority: "normal",
    fill: async (page) => {
      await expect(page.getByLabel("ご登録のメールアドレス")).not.toHaveValue("");
      await page.getByLabel("生年月日").fill("1990-04-01");
      await page
        .getByLabel("お問い合わせ内容")
        .fill("機種変更で認証アプリが使えなくなり、二段階認証のコードを入力できません。");
    },
  },
  {
    type: "取引に関するトラブル",
    subtype: "注文が約定しない",
    window: "取引サポート",
    priority: "normal",
    attach: { name: "注文画面.png", mimeType: "image/png", buffer: PNG },
    fill: async (page) => {
      await page.getByLabel("取引ID（注文番号）").fill("ORD-7731902");
      await page.getByLabel("注文日時").fill(yesterday());
      await page.getByLabel("金額・数量").fill("0.05");
      await page.getByLabel("通貨").selectOption("BTC");
      await page.getByLabel("お問い合わせ内容").fill("指値注文が、板に同じ価格があるのに約定しません。");
    },
  },
  {
    type: "入出金に関するトラブル",
    subtype: "暗号資産の入金が届かない",
    window: "入出金サポート",
    priority: "normal",
    attach: { name: "送金履歴.pdf", mimeType: "application/pdf", buffer: PDF },
    fill: async (page) => {
      await page.getByLabel("送金日時").fill(yesterday());
      await page.getByLabel("金額・数量").fill("0.25");
      await page.getByLabel("通貨").selectOption("ETH");
      await page.getByLabel("ネットワーク").selectOption("ethereum");
      await page
        .getByLabel("トランザクションID（TXID）")
        .fill("0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f");
      await page
        .getByLabel("入金先アドレス（当社のアドレス）")
        .fill("0x52908400098527886E0F7030069857D2E4169EE7");
      await page
        .getByLabel("お問い合わせ内容")
        .fill("ほかの取引所から送金しましたが、3時間たっても入金されません。");
    },
  },
  {
    type: "システムに関するトラブル",
    subtype: "アプリが正常に動かない",
    window: "システム運用チーム",
    priority: "normal",
    fill: async (page) => {
      await page.getByLabel("対象のサービス").selectOption("app");
      await page.getByLabel("発生日時").fill(yesterday());
      await page.getByLabel("表示されたエラーメッセージ").fill("予期しないエラーが発生しました (E-1003)");
      await page
        .getByLabel("お問い合わせ内容")
        .fill("アプリを起動すると、チャート画面でエラーが表示されて閉じてしまいます。");
    },
  },
  {
    type: "セキュリティに関するトラブル",
    subtype: "身に覚えのないログイン・操作",
    window: "セキュリティチーム",
    priority: "urgent",
    fill: async (page) => {
      await expect(
        page.getByRole("heading", { name: "まず、アカウントを守る操作をしてください" }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: "今すぐアカウントを凍結する" })).toBeVisible();
      await expect(page.getByText("警察相談専用電話 #9110")).toBeVisible();
      await page.getByLabel("発生日時").fill(yesterday());
      await page
        .getByLabel("お問い合わせ内容")
        .fill("今朝、身に覚えのない端末からのログイン通知メールが届きました。");
    },
  },
  {
    type: "その他",
    subtype: "操作方法に関する質問",
    window: "カスタマーサポート",
    // Questions are low priority, but the premium plan's tier never goes below normal.
    priority: "normal",
    fill: async (page) => {
      await page.getByLabel("お問い合わせ内容").fill("積立の設定を変更する方法を教えてください。");
    },
  },
];

test.describe("triage and filing, signed in", () => {
  test.describe.configure({ mode: "serial" });
  let email: string;

  test.beforeAll(async () => {
    ({ email } = await createCustomer({ plan: "premium" }));
  });

  for (const item of cases) {
    test(`${item.type} → ${item.subtype}: files with what ${item.window} needs and sees the ticket`, async ({
      page,
    }) => {
      await signIn(page.request, email);
      await page.goto("/contact");
      await page.getByRole("link", { name: item.type, exact: true }).click();
      await page.getByRole("link", { name: item.subtype, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.subtype);
      await expect(page.getByTestId("self-help-articles").getByRole("link").first()).toBeVisible();
      await page.getByRole("link", { name: "解決しないので問い合わせる" }).click();

      await expect(page.getByTestId("phone-support")).toContainText("電話サポート");
      await item.fill(page);
      if (item.attach) await page.getByLabel(/^添付ファイル/).setInputFiles(item.attach);
      await page.getByRole("button", { name: "送信する" }).click();

      await expect(page).toHaveURL(/\/contact\/done\?form=/);
      const receipt = page.getByTestId("inquiry-receipt");
      await expect(receipt).toContainText(item.window);
      await expect(receipt).toContainText("最初のご回答の目安");
      const number = (await page.getByTestId("ticket-number").textContent()) ?? "";
      expect(number).toMatch(/^Q-\d{4}-\d{6}$/);
      expect(await ticketFacts(number)).toMatchObject({
        priority: item.priority,
        attachments: item.attach ? 1 : 0,
        identity_check: "not_required",
      });

      await page.getByRole("link", { name: "お問い合わせ履歴へ" }).click();
      const row = page.getByTestId("inquiry-list").locator(`tr[data-number="${number}"]`);
      await expect(row).toContainText("受付済み");
      await expect(row).toContainText(item.window);
      await row.getByRole("link", { name: number }).click();
      await expect(page.getByTestId("ticket-timeline")).toContainText(`${item.window}が担当します`);
      if (item.attach) {
        await expect(
          page.getByTestId("conversation").getByRole("link", { name: item.attach.name }),
        ).toBeVisible();
      }
    });
  }

  test("a withdrawal to a wrong address says it cannot be reversed before the form opens", async ({
    page,
  }) => {
    await signIn(page.request, email);
    await page.goto("/contact/funds/wrong_address/form");
    await expect(
      page.getByRole("heading", { name: "ブロックチェーン上の送金は取り消せません" }),
    ).toBeVisible();
    await expect(page.getByTestId("inquiry-form")).toHaveCount(0);
    await page.getByLabel("上記の内容を理解しました").check();
    await page.getByRole("button", { name: "入力へ進む" }).click();
    await expect(page.getByTestId("inquiry-form")).toBeVisible();
    await expect(page.getByLabel("誤って送金した先のアドレス")).toBeVisible();
  });

  test("system trouble shows the incident under way first, with a subscription", async ({
    page,
    request,
  }) => {
    const incident = await openIncident({
      titleJa: "アプリでチャートが表示されない",
      titleEn: "Charts not loading in the app",
      component: "app",
      state: "partial_outage",
      updateJa: "原因を調査しています。",
      updateEn: "We are investigating.",
    });
    try {
      await revalidateSite(request);
      await page.goto("/contact/system/app_malfunction");
      const incidents = page.getByTestId("self-help-incidents");
      await expect(incidents).toContainText("アプリでチャートが表示されない");
      await expect(incidents).toContainText("このお困りごとに関係している可能性があります。");
      await expect(incidents.getByTestId("subscribe-form")).toBeVisible();
    } finally {
      await resolveIncident(incident);
      await revalidateSite(request);
    }
  });

  test("flags a secret as it is typed, with the advice that staff never need it", async ({ page }) => {
    await signIn(page.request, email);
    await page.goto("/contact/other/service_question/form");
    await page.getByLabel("お問い合わせ内容").fill("ログインできません。認証コードは 482913 です。");
    const warning = page.getByTestId("secret-warning");
    await expect(warning).toContainText("認証コードのような数字が含まれています");
    await expect(warning).toContainText("当社のスタッフが、パスワード、二段階認証のコード");
    await expect(page.getByLabel("このまま送信する（該当する部分は削除して送信されます）")).toBeVisible();
  });
});
