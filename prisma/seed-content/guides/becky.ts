import type { SeedGuide } from './types';

export const guide: SeedGuide = {
  program: 'becky',
  incoming: ['imap', 'pop3'],
  supported: true,
  name: {
    en: 'Becky! Internet Mail',
    ja: 'Becky! Internet Mail',
  },
  summary: {
    en: 'For Becky! Internet Mail version 2 on Windows. You create a mailbox for your {{ispName}} address by IMAP4 or POP3, then turn on SMTP authentication, SSL/TLS and the right ports in the mailbox settings. Please use the latest release of version 2: older releases cannot use the encryption our servers require.',
    ja: 'Windows 版の Becky! Internet Mail Ver.2 を対象としています。{{ispName}}のメールアドレス用のメールボックスを IMAP4 または POP3 で作成し、メールボックスの設定で SMTP認証・SSL/TLS・ポート番号を設定します。古いリリースでは当社サーバーが必要とする暗号化を利用できないため、Ver.2 の最新版へ更新してからお使いください。',
  },
  newAccount: {
    en: `Have your email address and your mail password ready. The password is in the registration documents we sent you. Becky! calls each account a "mailbox".

1. Start Becky!. If no mailbox exists yet, the window for creating one opens by itself. Otherwise choose **File** > **Mailbox** > **New**.
2. Enter your name and your email address, \`{{emailAddress}}\`, and choose the protocol that matches the {{incomingProtocol}} settings on this page: **IMAP4** for IMAP, or **POP3** for POP3. Finish the wizard; you will complete the details in the next steps.
3. Select the new mailbox and choose **Tools** > **Mailbox Settings**.
4. On the **Basic Setup** tab, enter:
   - Incoming server (**POP3 server** or **IMAP4 server**): \`{{incomingHost}}\`
   - **SMTP server**: \`{{outgoingHost}}\`
   - **User ID**: \`{{username}}\`
   - **Password**: your mail password
   - Encryption for the incoming server: **{{incomingSecurity}}**
   - Encryption for the SMTP server: **{{outgoingSecurity}}**
5. On the **Advanced** tab, enter the port numbers: \`{{outgoingPort}}\` for **SMTP**, and \`{{incomingPort}}\` for the incoming protocol ({{incomingProtocol}}).
6. On the same tab, tick **SMTP Authentication** and choose **LOGIN** or **PLAIN**. Becky! then uses the user ID and password from the **Basic Setup** tab to sign in to the outgoing server. Leave any POP before SMTP option unticked.
7. Click **OK**. Send a test message to yourself, or check the settings with our mail settings checker.

If port \`{{outgoingPort}}\` is blocked on your network, set the SMTP port to \`{{outgoingPortAlt}}\` and its encryption to **{{outgoingSecurityAlt}}**.`,
    ja: `メールアドレスとメールパスワードをご用意ください。メールパスワードは、{{ispName}}からお送りした登録内容のお知らせ（書面）に記載されています。Becky! では、アカウントのことを「メールボックス」と呼びます。

1. Becky! を起動します。メールボックスがまだない場合は、作成の画面が自動的に表示されます。すでにある場合は、**ファイル** > **メールボックス** > **新規作成** を選択します。
2. 名前とメールアドレス（\`{{emailAddress}}\`）を入力し、このページの {{incomingProtocol}} の設定に合わせて、IMAP の場合は **IMAP4**、POP3 の場合は **POP3** を選んで作成を完了します。詳しい設定は次の手順で行います。
3. 作成したメールボックスを選択し、**ツール** > **メールボックスの設定** を選択します。
4. **基本設定** タブで次のとおり入力します。
   - 受信サーバー（**POP3サーバー（受信）** または **IMAP4サーバー（受信）**）：\`{{incomingHost}}\`
   - **SMTPサーバー（送信）**：\`{{outgoingHost}}\`
   - **ユーザーID**：\`{{username}}\`
   - **パスワード**：メールパスワード
   - 受信サーバーの暗号化：**{{incomingSecurity}}**
   - SMTPサーバーの暗号化：**{{outgoingSecurity}}**
5. **詳細** タブで、サーバーのポート番号を入力します。**SMTP** は \`{{outgoingPort}}\`、受信側（{{incomingProtocol}}）は \`{{incomingPort}}\` です。
6. 同じタブで **SMTP認証** にチェックを入れ、**LOGIN** または **PLAIN** を選びます。送信サーバーへのログインには、**基本設定** タブのユーザーIDとパスワードが使われます。POP before SMTP に関する項目がある場合は、チェックを外してください。
7. **OK** をクリックします。ご自分宛てにテストメールを送るか、メール設定チェックで設定内容をご確認ください。

ご利用のネットワークでポート \`{{outgoingPort}}\` が使えない場合は、SMTP のポート番号を \`{{outgoingPortAlt}}\`、暗号化を **{{outgoingSecurityAlt}}** にしてください。`,
  },
  existingAccount: {
    en: `Becky! has been popular for a long time, and many mailboxes were set up for POP before SMTP, which ended on July 14, 2015. Since January 1, 2005, sending from customer lines to port {{blockedPort}} of outside mail servers has been blocked against spam, and our outgoing server expects port {{outgoingPort}} ({{outgoingSecurity}}) with SMTP authentication. Since August 1, 2022 we also refuse sign-ins that are not protected by SSL/TLS, so incoming mail needs port {{incomingPort}} with {{incomingSecurity}}. All three matter in Becky!.

Before you start, update Becky! to the latest release of version 2: older releases cannot use the encryption our servers require. Have your mail password from the registration documents ready. Your user name is \`{{username}}\`.

- If you have several {{ispName}} mailboxes, check each one in the same way.
- Becky! has no separate STARTTLS choice. If sending fails with port {{outgoingPort}}, or that port is blocked on your network, set the SMTP port to {{outgoingPortAlt}} and keep **SMTPS** ticked ({{outgoingSecurityAlt}}).
- When you have finished, send a test message to yourself, or check everything at once with our mail settings checker.

Follow the steps below and check or change the items on each screen from top to bottom.`,
    ja: `Becky! は長くお使いの方が多く、2015年7月14日に終了した POP before SMTP 用の設定が残っているメールボックスも少なくありません。また、迷惑メール対策のため、2005年1月1日から、お客さまの回線から外部のメールサーバーのポート{{blockedPort}}への送信を遮断しており、当社の送信サーバーは、ポート{{outgoingPort}}（{{outgoingSecurity}}）と SMTP認証でご利用いただく必要があります。2022年8月1日からは SSL/TLS で保護されていないログインもお断りしています。受信サーバーも、ポート{{incomingPort}}（{{incomingSecurity}}）でご利用いただく必要があります。Becky! ではこの3点がすべて関係します。

始める前に、Becky! を Ver.2 の最新版に更新してください。古いリリースでは、当社サーバーが必要とする暗号化を利用できません。登録内容のお知らせ（書面）に記載のメールパスワードもお手元にご用意ください。ユーザー名は \`{{username}}\` です。

- {{ispName}}のメールボックスが複数ある場合は、それぞれについて同じように確認してください。
- Becky! には STARTTLS を選ぶ項目がありません。ポート{{outgoingPort}}で送信できない場合や、ご利用のネットワークでこのポートが使えない場合は、SMTP のポート番号を{{outgoingPortAlt}}にし、「SMTPS」はチェックを入れたままにしてください（{{outgoingSecurityAlt}}）。
- 設定が終わったら、ご自分宛てにテストメールを送るか、メール設定チェックでまとめてご確認ください。

以下の手順で、画面の項目を上から順に確認・変更してください。`,
  },
};
