import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'legacy-windows',
  incoming: ['imap', 'pop3'],
  supported: false,
  name: {
    en: 'Windows Live Mail / Outlook Express',
    ja: 'Windows Live メール／Outlook Express',
  },
  summary: {
    en: 'For customers who still use Windows Live Mail 2012 or Outlook Express 6. Microsoft ended support for both programs years ago, and they cannot reliably use the modern encryption (TLS) that our servers require. Please move to Thunderbird, the new Outlook or our webmail; until then, these steps help you check the settings.',
    ja: 'Windows Live メール 2012、Outlook Express 6 をお使いのお客さま向けです。どちらも Microsoft のサポートがすでに終了しており、当社サーバーが必要とする最新の暗号化方式（TLS）に確実には対応できません。Thunderbird、新しい Outlook、または Webメールへの移行をお願いします。移行までの間、設定を確認するための手順をご案内します。',
  },
  newAccount: {
    en: `**We don't recommend adding an account to these programs.** Microsoft no longer updates them, so they may stop connecting at any time, and Outlook Express cannot use the encryption our servers require at all. Please set up Thunderbird or the new Outlook instead, or use [webmail]({{webmailUrl}}), which needs no setup.

If you must use Windows Live Mail for a short while, add the account like this. Have your mail password from the registration documents we sent you ready.

1. On the **Accounts** tab, click **Email**.
2. Enter your **Email address** (\`{{emailAddress}}\`), **Password** and **Display name**, tick **Manually configure server settings**, and click **Next**.
3. Under **Incoming server information**, set **Server type** to match the {{incomingProtocol}} settings on this page (**IMAP** for IMAP, **POP** for POP3), and enter:
   - **Server address**: \`{{incomingHost}}\`, **Port**: \`{{incomingPort}}\`
   - Tick **Requires a secure connection (SSL)**
   - **Authenticate using**: **Clear text** (the connection itself is encrypted)
   - **Logon user name**: \`{{username}}\`
4. Under **Outgoing server information**, enter:
   - **Server address**: \`{{outgoingHost}}\`, **Port**: \`{{outgoingPort}}\`
   - Tick **Requires a secure connection (SSL)** and **Requires authentication**
5. Click **Next**, then **Finish**, and send a test message to yourself. Our mail settings checker can tell you whether the program reached our servers securely.

If sending fails with port \`{{outgoingPort}}\`, change it to \`{{outgoingPortAlt}}\` and keep **Requires a secure connection (SSL)** ticked ({{outgoingSecurityAlt}}). If it still fails, the program's encryption is probably too old: please switch programs.`,
    ja: `**これらのソフトへの新しいアカウントの追加はおすすめしません。** Microsoft による更新が終了しているため、いつ接続できなくなってもおかしくない状態です。特に Outlook Express は、当社サーバーが必要とする暗号化方式をまったく利用できません。Thunderbird や新しい Outlook を設定していただくか、設定不要の [Webメール]({{webmailUrl}}) をご利用ください。

やむを得ず、短い期間だけ Windows Live メールをお使いになる場合は、次の手順でアカウントを追加してください。{{ispName}}からお送りした登録内容のお知らせ（書面）に記載のメールパスワードをご用意ください。

1. **アカウント** タブの **電子メール** をクリックします。
2. **電子メール アドレス**（\`{{emailAddress}}\`）、**パスワード**、**表示名** を入力し、**サーバー設定を手動で構成する** にチェックを入れて **次へ** をクリックします。
3. **受信サーバー情報** の **サーバーの種類** を、このページの {{incomingProtocol}} の設定に合わせて選び（IMAP の場合は **IMAP**、POP3 の場合は **POP**）、次のとおり入力します。
   - **サーバーのアドレス**：\`{{incomingHost}}\`、**ポート**：\`{{incomingPort}}\`
   - **セキュリティで保護された接続 (SSL) が必要** にチェック
   - **次を使用して認証する**：**クリア テキスト**（接続そのものは暗号化されます）
   - **ログオン ユーザー名**：\`{{username}}\`
4. **送信サーバー情報** で次のとおり入力します。
   - **サーバーのアドレス**：\`{{outgoingHost}}\`、**ポート**：\`{{outgoingPort}}\`
   - **セキュリティで保護された接続 (SSL) が必要** と **認証が必要** にチェック
5. **次へ**、**完了** の順にクリックし、ご自分宛てにテストメールを送信します。メール設定チェックを使うと、暗号化された接続でサーバーに届いているかを確認できます。

ポート \`{{outgoingPort}}\` で送信できない場合は、\`{{outgoingPortAlt}}\` に変更し、**セキュリティで保護された接続 (SSL) が必要** はチェックしたままにしてください（{{outgoingSecurityAlt}}）。それでも送信できない場合は、ソフトの暗号化方式が古いことが原因と考えられますので、ほかのメールソフトへの移行をお願いします。`,
  },
  existingAccount: {
    en: `Microsoft has ended support for Windows Live Mail and Outlook Express, and both programs were built before today's encryption standards. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we only accept sign-ins over SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}. All of this matters here, and these programs may fail even with correct settings. **Please plan to move to Thunderbird, the new Outlook or [webmail]({{webmailUrl}}).** Messages on our server stay there when you switch; with POP3, messages already downloaded stay in the old program until you import them.

Until you switch, have your mail password from the registration documents ready. Your user name is \`{{username}}\`.

- Outlook Express 6 cannot use STARTTLS. In Outlook Express 6, send through port {{outgoingPortAlt}} with the SSL box ticked ({{outgoingSecurityAlt}}). Windows Live Mail can try port {{outgoingPortAlt}} too if port {{outgoingPort}} fails.
- If the program still can't connect, it can't use the encryption our servers need, and no setting will fix that. Please switch programs, or write to {{supportEmail}} if you need help moving your mail.
- When you have finished, send a test message to yourself and check the result with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `Windows Live メールと Outlook Express は Microsoft のサポートが終了しており、現在の暗号化の標準が定まる前に作られたソフトです。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS によるログインのみを受け付けています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。これらのソフトではいずれの点にも注意が必要なうえ、設定が正しくても送受信できないことがあります。**Thunderbird、新しい Outlook、または [Webメール]({{webmailUrl}}) への移行をご検討ください。** サーバーに保存されているメールは移行後もそのまま残ります。POP3 で受信済みのメールは、新しいソフトに取り込むまで古いソフトの中に残ります。

移行までの間は、登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意のうえ、設定をご確認ください。ユーザー名は \`{{username}}\` です。

- Outlook Express 6 は STARTTLS に対応していません。Outlook Express 6 では、送信のポート番号を{{outgoingPortAlt}}にし、SSL のチェックを入れてください（{{outgoingSecurityAlt}}）。Windows Live メールでも、ポート{{outgoingPort}}で送信できない場合は{{outgoingPortAlt}}をお試しください。
- それでも接続できない場合は、ソフトが当社サーバーに必要な暗号化方式に対応していないため、設定では解決できません。ほかのメールソフトへの移行をお願いします。メールの移し替えでお困りの際は {{supportEmail}} までご相談ください。
- 設定が終わったら、ご自分宛てにテストメールを送信し、メール設定チェックで結果をご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
