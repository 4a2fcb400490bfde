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
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録書類に記載されています。

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
8. ご自分宛てにテストメールを送信してください。メール設定チェッカーでも設定内容を確認できます。`,
  },
  existingAccount: {
    en: `Some older Thunderbird setups no longer work with our servers. The old sending port is blocked, POP before SMTP ended on July 14, 2015, and since August 1, 2022 we only accept sign-ins over SSL/TLS. Thunderbird keeps the incoming and the outgoing server in separate places, so please check both.

### Incoming server

1. Open the application menu (**≡**) and choose **Account Settings**.
2. Under your {{ispName}} address in the list on the left, click **Server Settings**.
3. Check these items:
   - **Server Name**: \`{{incomingHost}}\`
   - **Port**: \`{{incomingPort}}\`
   - **User Name**: \`{{username}}\`
   - **Connection security**: **{{incomingSecurity}}**
   - **Authentication method**: **Normal password**

### Outgoing server

4. At the bottom of the list on the left, click **Outgoing Server (SMTP)** (in the newest versions, **Outgoing Server**).
5. Select the server used by your {{ispName}} address and click **Edit…**.
6. Set the items as follows, then click **OK**:
   - **Server Name**: \`{{outgoingHost}}\`
   - **Port**: \`{{outgoingPort}}\`
   - **Connection security**: **{{outgoingSecurity}}**
   - **Authentication method**: **Normal password**
   - **User Name**: \`{{username}}\`
7. Click your address at the top of the list and make sure that the outgoing server chosen there is the one you just edited.
8. Send a test message. Thunderbird asks for the password once; enter your mail password from the registration documents and tick the box to save it. Then check the result with our mail settings checker.

If port \`{{outgoingPort}}\` is blocked on the network you use, set the outgoing server to port \`{{outgoingPortAlt}}\` with **{{outgoingSecurityAlt}}**.`,
    ja: `古い設定のままの Thunderbird では、現在のメールサーバーで送受信できないことがあります。迷惑メール対策のため、ポート{{blockedPort}}では送信できません。POP before SMTP は2015年7月14日に終了しました。また、2022年8月1日からは SSL/TLS によるログインのみを受け付けています。Thunderbird では受信サーバーと送信サーバーの設定画面が分かれていますので、両方をご確認ください。

### 受信サーバー

1. **≡**（アプリケーションメニュー）を開き、**アカウント設定** を選択します。
2. 左側の一覧で、{{ispName}}のメールアドレスの下にある **サーバー設定** をクリックします。
3. 次の項目を確認します。
   - **サーバー名**：\`{{incomingHost}}\`
   - **ポート**：\`{{incomingPort}}\`
   - **ユーザー名**：\`{{username}}\`
   - **接続の保護**：**{{incomingSecurity}}**
   - **認証方式**：**通常のパスワード認証**

### 送信サーバー

4. 左側の一覧のいちばん下にある **送信 (SMTP) サーバー**（最新のバージョンでは **送信サーバー**）をクリックします。
5. {{ispName}}のメールアドレスで使う送信サーバーを選び、**編集...** をクリックします。
6. 次のとおり設定し、**OK** をクリックします。
   - **サーバー名**：\`{{outgoingHost}}\`
   - **ポート番号**：\`{{outgoingPort}}\`
   - **接続の保護**：**{{outgoingSecurity}}**
   - **認証方式**：**通常のパスワード認証**
   - **ユーザー名**：\`{{username}}\`
7. 左側の一覧でメールアドレスをクリックし、選ばれている送信サーバーが手順6で設定したものになっていることを確認します。
8. テストメールを送信します。パスワードを求められたら、登録書類に記載のメールパスワードを入力し、保存するにチェックを入れてください。最後にメール設定チェッカーで結果をご確認ください。

ご利用のネットワークでポート \`{{outgoingPort}}\` が使えない場合は、送信サーバーをポート \`{{outgoingPortAlt}}\`、**{{outgoingSecurityAlt}}** に設定してください。`,
  },
};
