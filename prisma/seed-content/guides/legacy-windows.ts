import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'legacy-windows',
  incoming: ['imap', 'pop3'],
  supported: false,
  name: {
    en: 'Windows Live Mail / Outlook Express (no longer supported)',
    ja: 'Windows Live メール／Outlook Express（サポート終了）',
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

やむを得ず、短い期間だけ Windows Live メールをお使いになる場合は、次の手順でアカウントを追加してください。{{ispName}}からお送りした登録書類に記載のメールパスワードをご用意ください。

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
5. **次へ**、**完了** の順にクリックし、ご自分宛てにテストメールを送信します。メール設定チェッカーを使うと、暗号化された接続でサーバーに届いているかを確認できます。

ポート \`{{outgoingPort}}\` で送信できない場合は、\`{{outgoingPortAlt}}\` に変更し、**セキュリティで保護された接続 (SSL) が必要** はチェックしたままにしてください（{{outgoingSecurityAlt}}）。それでも送信できない場合は、ソフトの暗号化方式が古いことが原因と考えられますので、ほかのメールソフトへの移行をお願いします。`,
  },
  existingAccount: {
    en: `Microsoft has ended support for Windows Live Mail and Outlook Express, and both programs were built before today's encryption standards. Our servers only accept sign-ins over SSL/TLS since August 1, 2022, the old sending port is blocked, and POP before SMTP ended on July 14, 2015, so these programs may fail even with correct settings. **Please plan to move to Thunderbird, the new Outlook or [webmail]({{webmailUrl}}).** Messages on our server stay there when you switch; with POP3, messages already downloaded stay in the old program until you import them.

Until you switch, check the settings like this:

1. Open the account properties:
   - **Windows Live Mail**: on the **Accounts** tab, select your {{ispName}} account and click **Properties**.
   - **Outlook Express**: choose **Tools** > **Accounts**, open the **Mail** tab, select the account and click **Properties**.
2. On the **Servers** tab, check the incoming server (\`{{incomingHost}}\`), **Outgoing mail (SMTP)** (\`{{outgoingHost}}\`) and the user name (\`{{username}}\`). Enter your mail password from the registration documents.
3. On the same tab, tick **My server requires authentication** under **Outgoing Mail Server**, click **Settings**, and choose **Use same settings as my incoming mail server**. Click **OK**.
4. Open the **Advanced** tab. Under **Server Port Numbers**:
   - **Outgoing mail (SMTP)**: enter \`{{outgoingPort}}\` and tick **This server requires a secure connection (SSL)**.
   - Incoming mail ({{incomingProtocol}}): enter \`{{incomingPort}}\` and tick **This server requires a secure connection (SSL)**.
5. Click **OK**, send a test message to yourself, and check the result with our mail settings checker.

If sending fails with port \`{{outgoingPort}}\`, try \`{{outgoingPortAlt}}\` with the SSL box still ticked ({{outgoingSecurityAlt}}). If the program still can't connect, it can't use the encryption our servers need, and no setting will fix that. Please switch programs, or write to {{supportEmail}} if you need help moving your mail.`,
    ja: `Windows Live メールと Outlook Express は Microsoft のサポートが終了しており、現在の暗号化の標準が定まる前に作られたソフトです。当社では2022年8月1日から SSL/TLS によるログインのみを受け付けており、迷惑メール対策のため、ポート{{blockedPort}}では送信できません（POP before SMTP は2015年7月14日に終了しました）。そのため、設定が正しくても送受信できないことがあります。**Thunderbird、新しい Outlook、または [Webメール]({{webmailUrl}}) への移行をご検討ください。** サーバーに保存されているメールは移行後もそのまま残ります。POP3 で受信済みのメールは、新しいソフトに取り込むまで古いソフトの中に残ります。

移行までの間は、次の手順で設定を確認してください。

1. アカウントのプロパティを開きます。
   - **Windows Live メール**：**アカウント** タブで{{ispName}}のアカウントを選択し、**プロパティ** をクリックします。
   - **Outlook Express**：**ツール** > **アカウント** を選択し、**メール** タブでアカウントを選んで **プロパティ** をクリックします。
2. **サーバー** タブで、受信メールのサーバー（\`{{incomingHost}}\`）、**送信メール (SMTP)**（\`{{outgoingHost}}\`）、ユーザー名（\`{{username}}\`）を確認し、登録書類に記載のメールパスワードを入力します。
3. 同じタブの **送信メール サーバー** 欄で **このサーバーは認証が必要** にチェックを入れ、**設定** をクリックして **受信メール サーバーと同じ設定を使用する** を選び、**OK** をクリックします。
4. **詳細設定** タブを開き、**サーバーのポート番号** 欄を次のとおり設定します。
   - **送信メール (SMTP)**：\`{{outgoingPort}}\` を入力し、**このサーバーはセキュリティで保護された接続 (SSL) が必要** にチェックを入れます。
   - 受信メール（{{incomingProtocol}}）：\`{{incomingPort}}\` を入力し、**このサーバーはセキュリティで保護された接続 (SSL) が必要** にチェックを入れます。
5. **OK** をクリックし、ご自分宛てにテストメールを送信します。メール設定チェッカーでも結果をご確認ください。

ポート \`{{outgoingPort}}\` で送信できない場合は、SSL のチェックを入れたまま \`{{outgoingPortAlt}}\` をお試しください（{{outgoingSecurityAlt}}）。それでも接続できない場合は、ソフトが当社サーバーに必要な暗号化方式に対応していないため、設定では解決できません。ほかのメールソフトへの移行をお願いします。メールの移し替えでお困りの際は {{supportEmail}} までご相談ください。`,
  },
};
