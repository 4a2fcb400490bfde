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
    ja: `設定の前に、メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録書類に記載されています。

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
   | **セキュリティで保護された接続の種類**（受信） | **{{incomingSecurity}}** |
   | **SMTP ユーザー名** | \`{{username}}\` |
   | **SMTP パスワード** | メールパスワード |
   | **SMTP 送信サーバー** | \`{{outgoingHost}}\` |
   | **ポート**（送信） | \`{{outgoingPort}}\` |
   | **セキュリティで保護された接続の種類**（送信） | **{{outgoingSecurity}}** |

6. **続行** を選択します。Microsoft Cloud を経由して同期する旨の案内が表示された場合は、内容をご確認のうえ、もう一度 **続行** を選択します。
7. アカウントが追加された旨のメッセージが表示されたら、**完了** を選択します。
8. ご自分のメールアドレス宛てにテストメールを送信してください。届かない場合やエラーが表示される場合は、メール設定チェッカーで設定内容をご確認ください。

ご利用のネットワークによって送信できない場合は、送信サーバーのポートを \`{{outgoingPortAlt}}\`、接続の種類を **{{outgoingSecurityAlt}}** にして設定し直してください。`,
  },
  existingAccount: {
    en: `Our mail servers no longer accept some settings that older setups used. The old sending port is blocked, POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS. Every account needs SMTP authentication, an encrypted connection and the ports below.

1. Select **Settings** (the gear icon), then **Accounts** > **Email accounts**.
2. Next to your {{ispName}} address, select **Manage** and look at the account details.
3. Compare them with these settings:

   | Item | Correct setting |
   | --- | --- |
   | Incoming server ({{incomingProtocol}}) | \`{{incomingHost}}\`, port \`{{incomingPort}}\`, **{{incomingSecurity}}** |
   | Outgoing server (SMTP) | \`{{outgoingHost}}\`, port \`{{outgoingPort}}\`, **{{outgoingSecurity}}** |
   | User name (incoming and outgoing) | \`{{username}}\` |
   | Password | Your mail password |

4. In most versions of the new Outlook, the server details of an IMAP or POP account can't be edited once the account is added. If anything differs, select **Remove**, then add the account again with the steps for a new account, using the settings above.
5. If Outlook only asks you to sign in again, enter your mail password from the registration documents we sent you.
6. Send a test message to yourself, and check the result with our mail settings checker.

Before you remove a POP3 account: messages that were already downloaded and deleted from our server may be kept only in Outlook. If you need them, contact us at {{supportEmail}} before removing the account. With IMAP, your messages stay on our server and appear again after you add the account.

If port \`{{outgoingPort}}\` is blocked on your network, use \`{{outgoingPortAlt}}\` with **{{outgoingSecurityAlt}}** for the outgoing server.`,
    ja: `以前の設定のままでは、現在のメールサーバーに接続できない場合があります。迷惑メール対策のため、ポート{{blockedPort}}では送信できません。POP before SMTP は2015年7月14日に終了しました。また、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。SMTP認証、暗号化された接続、下記のポート番号の3点がそろっているかをご確認ください。

1. **設定**（歯車のアイコン）を選択し、**アカウント** > **メール アカウント** の順に選択します。
2. {{ispName}}のメールアドレスの横にある **管理** を選択し、アカウントの詳細を表示します。
3. 表示された内容を、次の設定と見比べます。

   | 項目 | 正しい設定 |
   | --- | --- |
   | 受信サーバー（{{incomingProtocol}}） | \`{{incomingHost}}\`、ポート \`{{incomingPort}}\`、**{{incomingSecurity}}** |
   | 送信サーバー（SMTP） | \`{{outgoingHost}}\`、ポート \`{{outgoingPort}}\`、**{{outgoingSecurity}}** |
   | ユーザー名（受信・送信共通） | \`{{username}}\` |
   | パスワード | メールパスワード |

4. 新しい Outlook では、多くのバージョンで、追加済みの IMAP／POP アカウントのサーバー情報を後から変更できません。異なる項目がある場合は **削除** を選択し、「新しくアカウントを追加する」の手順で、上記の設定を使ってアカウントを追加し直してください。
5. 再度のサインインだけを求められた場合は、登録書類に記載のメールパスワードを入力してください。
6. ご自分宛てにテストメールを送信し、メール設定チェッカーでも結果をご確認ください。

POP3 でお使いの場合のご注意：受信済みでサーバーから削除されたメールは、Outlook の中にしか残っていないことがあります。必要なメールがある場合は、アカウントを削除する前に {{supportEmail}} までご相談ください。IMAP の場合、メールはサーバーに保存されているため、追加し直すと再び表示されます。

ご利用のネットワークでポート \`{{outgoingPort}}\` が使えない場合は、送信サーバーをポート \`{{outgoingPortAlt}}\`、**{{outgoingSecurityAlt}}** で設定してください。`,
  },
};
