import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'new-outlook',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'New Outlook for Windows',
    ja: '新しい Outlook for Windows',
  },
  summary: {
    en: 'For the new Outlook app on Windows 10 and Windows 11, including the one that comes with Microsoft 365 and the one that replaced the Windows Mail app. You add your {{ispName}} address by IMAP or POP, with SMTP authentication and an encrypted connection for sending.',
    ja: 'Windows 10／Windows 11 の「新しい Outlook」（Microsoft 365 に含まれるもの、Windows の「メール」アプリの後継として提供されているもの）を対象としています。{{ispName}}のメールアドレスを IMAP または POP で追加し、SMTP認証と暗号化された接続で送信できるように設定します。',
  },
  newAccount: {
    en: `Before you start, have your email address and your mail password ready. The password is the one printed in the registration documents we sent you.

If your Outlook has a **File** tab at the top left, you are using classic Outlook. Please follow the guide for classic Outlook instead.

1. Open Outlook and select **Settings** (the gear icon at the top right).
2. Select **Accounts**, then **Email accounts**, and select **Add account**.
3. Type your email address, \`{{emailAddress}}\`, and select **Continue**.
4. Outlook asks what kind of account this is. Choose the type that matches the {{incomingProtocol}} settings on this page: **IMAP** for IMAP, or **POP** for POP3.
5. Select **Show more** so that every field is shown, and fill them in as follows:

   | Field | What to enter |
   | --- | --- |
   | **Email address** | \`{{emailAddress}}\` |
   | User name of the incoming server | \`{{username}}\` |
   | Password of the incoming server | Your mail password |
   | Incoming server | \`{{incomingHost}}\` |
   | **Port** (incoming) | \`{{incomingPort}}\` |
   | **Secure connection type** (incoming) | **{{incomingSecurity}}** |
   | **SMTP username** | \`{{username}}\` |
   | **SMTP password** | Your mail password |
   | **SMTP outgoing server** | \`{{outgoingHost}}\` |
   | **Port** (outgoing) | \`{{outgoingPort}}\` |
   | **Secure connection type** (outgoing) | **{{outgoingSecurity}}** |

6. Select **Continue**. If Outlook tells you that the account will be synced through the Microsoft Cloud, read the notice and select **Continue** again.
7. When Outlook says the account has been added, select **Done**.
8. Send a test message to your own address. If it doesn't arrive, or Outlook shows an error, check your settings with our mail settings checker.

If sending fails on some networks, enter port \`{{outgoingPortAlt}}\` with **{{outgoingSecurityAlt}}** for the outgoing server instead.`,
    ja: `設定の前に、メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。

画面左上に **ファイル** タブがある場合は、クラシック Outlook をお使いです。クラシック Outlook の設定ガイドをご覧ください。

1. Outlook を起動し、画面右上の **設定**（歯車のアイコン）を選択します。
2. **アカウント** > **メール アカウント** の順に選択し、**アカウントの追加** を選択します。
3. メールアドレス（\`{{emailAddress}}\`）を入力し、**続行** を選択します。
4. アカウントの種類を選ぶ画面が表示されます。このページの {{incomingProtocol}} の設定に合わせて、IMAP の場合は **IMAP**、POP3 の場合は **POP** を選択します。
5. **詳細を表示** を選択してすべての項目を表示し、次のとおり入力します。

   | 項目 | 入力する内容 |
   | --- | --- |
   | **メール アドレス** | \`{{emailAddress}}\` |
   | 受信サーバーのユーザー名 | \`{{username}}\` |
   | 受信サーバーのパスワード | メールパスワード |
   | 受信サーバー | \`{{incomingHost}}\` |
   | **ポート**（受信） | \`{{incomingPort}}\` |
   | **セキュア接続タイプ**（受信） | **{{incomingSecurity}}** |
   | **SMTP ユーザー名** | \`{{username}}\` |
   | **SMTP パスワード** | メールパスワード |
   | **SMTP送信サーバー** | \`{{outgoingHost}}\` |
   | **ポート**（送信） | \`{{outgoingPort}}\` |
   | **セキュア接続タイプ**（送信） | **{{outgoingSecurity}}** |

6. **続行** を選択します。Microsoft Cloud を経由して同期する旨の案内が表示された場合は、内容をご確認のうえ、もう一度 **続行** を選択します。
7. アカウントが追加された旨のメッセージが表示されたら、**完了** を選択します。
8. ご自分のメールアドレス宛てにテストメールを送信してください。届かない場合やエラーが表示される場合は、メール設定チェックで設定内容をご確認ください。

ご利用のネットワークによって送信できない場合は、送信サーバーのポートを \`{{outgoingPortAlt}}\`、接続の種類を **{{outgoingSecurityAlt}}** にして設定し直してください。`,
  },
  existingAccount: {
    en: `The new Outlook always signs in to the outgoing server with your user name and password (SMTP authentication), so the end of POP before SMTP on July 14, 2015 does not concern it. An account carried over from an older program, or entered by hand, may still have settings our servers refuse, though. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}). Since August 1, 2022 we also refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

Have your mail password from the registration documents ready: **Repair** may ask for it. Your user name is \`{{username}}\`.

- **Repair** in the new Outlook can change only the password and the outgoing server. If the incoming server, its port or its encryption differs from the settings on this page, remove the account and add it again with the steps for a new account further down this page.
- Before you remove a POP3 account: messages that were already downloaded and deleted from our server may be kept only in Outlook. If you need them, contact us at {{supportEmail}} first. With IMAP, your messages stay on our server and appear again after you add the account.
- If port {{outgoingPort}} is blocked on your network, use port {{outgoingPortAlt}} with {{outgoingSecurityAlt}} for the outgoing server.
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `新しい Outlook は、送信サーバーにも受信と同じユーザー名とパスワードで認証（SMTP認証）するため、2015年7月14日に終了した POP before SMTP は関係ありません。ただし、以前のメールソフトから引き継いだアカウントや手動で設定したアカウントでは、現在のメールサーバーで受け付けられない設定が残っていることがあります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）でご利用いただく必要があります。また、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。「修復」の際にパスワードを求められることがあります。ユーザー名は \`{{username}}\` です。

- 新しい Outlook の「修復」で変更できるのは、パスワードと送信サーバーの設定だけです。受信サーバー、そのポート番号や暗号化がこのページの設定と異なる場合は、アカウントを削除し、このページの下にある「新しくアカウントを追加する」の手順で追加し直してください。
- POP3 でお使いの場合は、アカウントを削除する前にご注意ください。受信済みでサーバーから削除されたメールは、Outlook の中にしか残っていないことがあります。必要なメールがある場合は、先に {{supportEmail}} までご相談ください。IMAP の場合、メールはサーバーに保存されているため、追加し直すと再び表示されます。
- ご利用のネットワークでポート{{outgoingPort}}が使えない場合は、送信サーバーをポート{{outgoingPortAlt}}、{{outgoingSecurityAlt}}で設定してください。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
