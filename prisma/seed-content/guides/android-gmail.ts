import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'android-gmail',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'Android (Gmail app)',
    ja: 'Android（Gmail アプリ）',
  },
  summary: {
    en: 'For the Gmail app on Android smartphones and tablets, which can also send and receive mail for addresses from other providers. You add your {{ispName}} address as a personal IMAP or POP3 account with sign-in and encryption for sending.',
    ja: 'Android スマートフォン・タブレットの Gmail アプリを対象としています。Gmail アプリでは、Gmail 以外のメールアドレスも送受信できます。{{ispName}}のメールアドレスを個人用の IMAP または POP3 アカウントとして追加し、送信時のログインと暗号化を設定します。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. The password is in the registration documents we sent you. Menu names can differ slightly between phone makers and app versions.

1. Open the Gmail app, tap your profile picture at the top right, and tap **Add another account**.
2. Tap **Other**.
3. Enter \`{{emailAddress}}\` and tap **Manual setup**.
4. Tap **Personal ({{incomingProtocol}})**, then **Next**.
5. Enter your mail password and tap **Next**.
6. On **Incoming server settings**, enter the following and tap **Next**:
   - **Username**: \`{{username}}\`
   - **Password**: your mail password
   - **Server**: \`{{incomingHost}}\`
   - **Port**: \`{{incomingPort}}\`
   - **Security type**: **{{incomingSecurity}}**
7. On **Outgoing server settings**, keep **Require sign-in** turned on (this is SMTP authentication), enter the following and tap **Next**:
   - **Username**: \`{{username}}\`
   - **Password**: your mail password
   - **SMTP server**: \`{{outgoingHost}}\`
   - **Port**: \`{{outgoingPort}}\`
   - **Security type**: **{{outgoingSecurity}}**
8. Choose how often to check for new mail under **Account options** and tap **Next**.
9. Enter the name that people see when you write to them, and tap **Next**. The account appears in the Gmail app.
10. Send a test message to yourself. If something goes wrong, check your settings with our mail settings checker.

Don't choose a **Security type** that says **Accept all certificates**: it weakens the protection of your password. If port \`{{outgoingPort}}\` is blocked on a network you use, set the outgoing **Port** to \`{{outgoingPortAlt}}\` with **{{outgoingSecurityAlt}}**.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。機種やアプリのバージョンにより、表示が多少異なる場合があります。

1. Gmail アプリを開き、右上のプロフィール写真をタップして、**別のアカウントを追加** をタップします。
2. **その他** をタップします。
3. \`{{emailAddress}}\` を入力し、**手動設定** をタップします。
4. **個人用（{{incomingProtocol}}）** をタップし、**次へ** をタップします。
5. メールパスワードを入力し、**次へ** をタップします。
6. **受信サーバーの設定** で次のとおり入力し、**次へ** をタップします。
   - **ユーザー名**：\`{{username}}\`
   - **パスワード**：メールパスワード
   - **サーバー**：\`{{incomingHost}}\`
   - **ポート**：\`{{incomingPort}}\`
   - **セキュリティの種類**：**{{incomingSecurity}}**
7. **送信サーバーの設定** で **ログインが必要** をオンにしたまま（これが SMTP認証です）、次のとおり入力して **次へ** をタップします。
   - **ユーザー名**：\`{{username}}\`
   - **パスワード**：メールパスワード
   - **SMTP サーバー**：\`{{outgoingHost}}\`
   - **ポート**：\`{{outgoingPort}}\`
   - **セキュリティの種類**：**{{outgoingSecurity}}**
8. **アカウントのオプション** で新着メールの確認頻度などを選び、**次へ** をタップします。
9. メールの相手に表示される名前を入力し、**次へ** をタップします。Gmail アプリにアカウントが追加されます。
10. ご自分宛てにテストメールを送信してください。うまくいかない場合は、メール設定チェックで設定内容をご確認ください。

**セキュリティの種類** で「すべての証明書を承認」と付いた項目は、パスワードの保護が弱くなるため選ばないでください。ご利用のネットワークでポート \`{{outgoingPort}}\` が使えない場合は、送信側の **ポート** を \`{{outgoingPortAlt}}\`、**{{outgoingSecurityAlt}}** にしてください。`,
  },
  existingAccount: {
    en: `If your account was added a long time ago, it may still use settings that our servers refuse. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. POP before SMTP ended on July 14, 2015, and since August 1, 2022 we refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}.

In the Gmail app, look out above all for **Require signin** turned off on the outgoing side, and for **Security type** set to **None**.

Have your mail password from the registration documents ready. Your user name is \`{{username}}\`. Menu names can differ slightly between phone makers and app versions.

- Don't choose a **Security type** that says “accept all certificates”: it weakens the protection of your password.
- The Gmail app tests the connection when you save. If it reports that authentication failed, the user name or password is usually wrong.
- If port {{outgoingPort}} is blocked on a network you use, set the outgoing **Port** to {{outgoingPortAlt}} with {{outgoingSecurityAlt}}.
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `以前に追加したアカウントは、現在のメールサーバーでは受け付けられない設定のままになっていることがあります。迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。また、POP before SMTP は2015年7月14日に終了し、2022年8月1日からは SSL/TLS で保護されていないログインをお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。

Gmail アプリでは特に、送信側の「ログインが必要」がオフになっていないか、「セキュリティの種類」が「なし」になっていないかにご注意ください。

登録内容のお知らせ（書面）に記載のメールパスワードをお手元にご用意ください。ユーザー名は \`{{username}}\` です。機種やアプリのバージョンにより、表示が多少異なる場合があります。

- 「セキュリティの種類」で「（証明書をすべて承認）」と付いた項目は、パスワードの保護が弱くなるため選ばないでください。
- 保存するときに Gmail アプリが接続テストを行います。認証に失敗したという内容のエラーが表示された場合は、ユーザー名またはパスワードの誤りであることがほとんどです。
- ご利用のネットワークでポート{{outgoingPort}}が使えない場合は、送信側の「ポート」を{{outgoingPortAlt}}、{{outgoingSecurityAlt}}にしてください。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
