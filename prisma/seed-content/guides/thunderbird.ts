import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'thunderbird',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'Thunderbird',
    ja: 'Thunderbird',
  },
  summary: {
    en: 'For current versions of Mozilla Thunderbird (115 and later) on Windows, macOS and Linux. You add your {{ispName}} address by IMAP or POP3 and check that the outgoing server uses authentication and an encrypted connection.',
    ja: 'Windows・macOS・Linux 版の Mozilla Thunderbird（バージョン 115 以降）を対象としています。{{ispName}}のメールアドレスを IMAP または POP3 で追加し、送信サーバーで認証と暗号化が有効になっていることを確認します。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. The password is in the registration documents we sent you.

1. Open the application menu (**≡** at the top right) and choose **New Account** > **Email**. The first time you start Thunderbird, this screen opens by itself.
2. Enter **Your full name** (the name people see when you write to them), **Email address** (\`{{emailAddress}}\`) and **Password** (your mail password). Tick **Remember password** if you don't want to type it every time.
3. Click **Configure manually**.
4. Fill in both sections like this:

   | Item | **Incoming Server** | **Outgoing Server** |
   | --- | --- | --- |
   | **Protocol** | **{{incomingProtocol}}** | SMTP (fixed) |
   | **Hostname** | \`{{incomingHost}}\` | \`{{outgoingHost}}\` |
   | **Port** | \`{{incomingPort}}\` | \`{{outgoingPort}}\` |
   | **Connection security** | **{{incomingSecurity}}** | **{{outgoingSecurity}}** |
   | **Authentication method** | **Normal password** | **Normal password** |
   | **Username** | \`{{username}}\` | \`{{username}}\` |

5. Click **Re-test**. Thunderbird connects to our servers and checks the settings.
6. When the check succeeds, click **Done**.
7. If Thunderbird warns that the connection is not encrypted, don't confirm it. Go back and check **Connection security**: our servers refuse sign-ins without SSL/TLS.
8. Send a test message to yourself. You can also check your settings with our mail settings checker.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。

1. 画面右上の **≡**（アプリケーションメニュー）を開き、**新しいアカウント** > **メール** の順に選択します。Thunderbird を初めて起動したときは、この画面が自動的に表示されます。
2. **あなたのお名前**（メールの相手に表示される名前）、**メールアドレス**（\`{{emailAddress}}\`）、**パスワード**（メールパスワード）を入力します。毎回の入力を省く場合は **パスワードを記憶する** にチェックを入れます。
3. **手動設定** をクリックします。
4. 受信サーバーと送信サーバーを次のとおり設定します。

   | 項目 | **受信サーバー** | **送信サーバー** |
   | --- | --- | --- |
   | **プロトコル** | **{{incomingProtocol}}** | SMTP（変更不可） |
   | **ホスト名** | \`{{incomingHost}}\` | \`{{outgoingHost}}\` |
   | **ポート番号** | \`{{incomingPort}}\` | \`{{outgoingPort}}\` |
   | **接続の保護** | **{{incomingSecurity}}** | **{{outgoingSecurity}}** |
   | **認証方式** | **通常のパスワード認証** | **通常のパスワード認証** |
   | **ユーザー名** | \`{{username}}\` | \`{{username}}\` |

5. **再テスト** をクリックします。Thunderbird がサーバーに接続し、設定を確認します。
6. 確認が終わったら **完了** をクリックします。
7. 接続が暗号化されないという警告が表示された場合は、そのまま進まずに **接続の保護** の設定を見直してください。SSL/TLS を使わないログインはお断りしています。
8. ご自分宛てにテストメールを送信してください。メール設定チェックでも設定内容を確認できます。`,
  },
  existingAccount: {
    en: `Thunderbird profiles are often kept for many years, and an old one may still use settings our servers refuse. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

All three matter in Thunderbird: an old outgoing server may still use port {{blockedPort}}, **Authentication method** set to **No authentication** (left over from POP before SMTP), or **Connection security** set to **None**. Thunderbird keeps the incoming and the outgoing server in separate places, so the steps cover both.

Have your mail password from the registration documents ready. Your user name is \`{{username}}\`.

- After the steps, click your address at the top of the list in **Account Settings** and make sure the account uses the outgoing server you have just changed.
- If you change the incoming server name, restart Thunderbird: the new name takes effect after a restart.
- If port {{outgoingPort}} is blocked on the network you use, set the outgoing server to port {{outgoingPortAlt}} with {{outgoingSecurityAlt}}.
- When you have finished, send a test message to yourself. If Thunderbird asks for the password, enter your mail password and let Thunderbird save it. You can also check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `長くお使いの Thunderbird では、現在のメールサーバーで受け付けられない設定が残っていることがあります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

Thunderbird ではこの3点がすべて関係します。古い送信サーバーの設定では、ポート番号が{{blockedPort}}のまま、「認証方式」が POP before SMTP のころの「認証なし」のまま、「接続の保護」が「なし」のまま、ということがあります。受信サーバーと送信サーバーの設定画面は分かれていますので、手順では両方を確認します。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。ユーザー名は \`{{username}}\` です。

- 手順のあと、「アカウント設定」の左の一覧でメールアドレスをクリックし、このアカウントで使う送信サーバーが、手順で変更したサーバーになっていることをご確認ください。
- 受信サーバーの「サーバー名」を変更した場合は、Thunderbird を再起動してください。新しいサーバー名は再起動後に有効になります。
- ご利用のネットワークでポート{{outgoingPort}}が使えない場合は、送信サーバーをポート{{outgoingPortAlt}}、{{outgoingSecurityAlt}}に設定してください。
- 設定が終わったら、ご自分宛てにテストメールを送信してください。パスワードを求められたら、メールパスワードを入力して保存してください。メール設定チェックでもまとめて確認できます。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
