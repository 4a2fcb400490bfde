import type { SeedFaqCategory } from './types';

/**
 * Demo FAQ. Question slugs are unique across all categories (they are used as URL anchors).
 * `{{placeholders}}` are resolved at render time.
 */
export const faqCategories: SeedFaqCategory[] = [
  {
    slug: 'common-problems',
    name: {
      en: 'Common problems',
      ja: 'よくあるトラブル',
    },
    questions: [
      {
        slug: 'suddenly-cannot-send',
        question: {
          en: 'I suddenly cannot send mail. What should I check?',
          ja: '急にメールが送信できなくなりました。何を確認すればよいですか？',
        },
        answer: {
          en: `Most sending problems come from one of three settings in your mail program:

1. **SMTP AUTH is off.** Our outgoing server only sends mail for signed-in customers. Turn on "My outgoing server requires authentication" (the name differs by program) and use the same address and password as for receiving.
2. **Port 25 is used.** Our lines do not allow sending to port 25 (Outbound Port 25 Blocking). Use port 587 with STARTTLS, or 465 with SSL/TLS.
3. **No encryption.** Since August 1, 2022 we only accept logins over SSL/TLS.

The quickest way to find out which one it is: enter what your mail program shows in [Check my mail settings](/en/check). It tests our servers with your settings and tells you, field by field, what to change. If the error says "relay denied" or "relaying not permitted", it is almost always point 1.`,
          ja: `送信できない原因の多くは、メールソフトの次の3つの設定のいずれかです。

1. **SMTP認証が無効になっている**　当社の送信サーバーは、認証に成功したお客さまのメールのみ送信します。「送信サーバーは認証が必要」（名称はソフトにより異なります）を有効にし、受信と同じメールアドレスとパスワードを使ってください。
2. **ポート25を使っている**　迷惑メール対策のため、当社の回線からはポート25で送信できません（Outbound Port 25 Blocking）。ポート587（STARTTLS）または465（SSL/TLS）をお使いください。
3. **暗号化していない**　2022年8月1日から、SSL/TLSで暗号化されたログインのみを受け付けています。

どれに当てはまるかは、メールソフトに表示されている設定を[メール設定チェック](/ja/check)に入力すると、すぐに分かります。当社のサーバーに実際に接続して確認し、変更が必要な項目を一つずつご案内します。「Relay denied」「relaying not permitted」といったエラーの場合は、ほとんどが1.の原因です。`,
        },
      },
      {
        slug: 'not-receiving-mail',
        question: {
          en: 'New mail does not arrive. How do I fix receiving?',
          ja: 'メールを受信できません。どうすればよいですか？',
        },
        answer: {
          en: `First sign in to [webmail]({{webmailUrl}}). If the missing messages are there, our servers have them and the problem is in your mail program; if webmail is empty too, the mail has not reached us.

**The messages are in webmail, but not in your program:**

- Check the incoming server settings with [Check my mail settings](/en/check): the server must be \`{{mailHost}}\`, with port 995 (POP3) or 993 (IMAP) and SSL/TLS. Programs set up years ago often still use 110 or 143 without encryption, which we no longer accept.
- If the program says your password is wrong, see [I forgot my mail password](/en/faq#forgot-mail-password).

**Webmail is empty too:**

- Look at the [service status](/en/status): during an outage or maintenance, mail is kept and delivered afterwards.
- Ask the sender to check the address they used, and look in your spam folder.
- If your mailbox is full, new mail is refused: see [My mailbox is full](/en/faq#mailbox-full).`,
          ja: `まず[Webメール]({{webmailUrl}})にログインしてみてください。届いていないはずのメールがWebメールにあれば、メールは当社のサーバーに届いており、原因はメールソフト側にあります。Webメールにもなければ、メールがまだ当社に届いていません。

**Webメールにはあるが、メールソフトで受信できない場合**

- [メール設定チェック](/ja/check)で受信サーバーの設定をご確認ください。サーバーは \`{{mailHost}}\`、ポートは995（POP3）または993（IMAP）、暗号化はSSL/TLSです。何年も前に設定したメールソフトでは、現在受け付けていない110番・143番（暗号化なし）のままになっていることがよくあります。
- パスワードが違うと表示される場合は、[メールパスワードを忘れた場合](/ja/faq#forgot-mail-password)をご覧ください。

**Webメールにもない場合**

- [障害・メンテナンス情報](/ja/status)をご確認ください。障害やメンテナンス中に届いたメールは保管され、復旧後に配信されます。
- 送信者に宛先のメールアドレスをご確認いただき、迷惑メールフォルダーもご確認ください。
- メールボックスの容量がいっぱいになると、新しいメールを受け取れません。[メールボックスの容量がいっぱいになった場合](/ja/faq#mailbox-full)をご覧ください。`,
        },
      },
      {
        slug: 'forgot-mail-password',
        question: {
          en: 'I forgot my mail password, or want to change it.',
          ja: 'メールパスワードを忘れました。変更もできますか？',
        },
        answer: {
          en: `You can set a new mail password at any time on the members' site: [set a new mail password]({{passwordResetUrl}}). Your mail password is not the password of the members' site itself; it is on the registration documents we sent when you joined.

After changing it, enter the new password in **every** mail program and phone that uses the address, for receiving and for sending (SMTP AUTH uses the same password). A device still holding the old password will keep asking for it, and after repeated failures sign-ins from it may be refused for a while.

To check that the new password works, use the login test in [Check my mail settings](/en/check).`,
          ja: `メールパスワードは、会員サイトの[メールパスワードの再設定]({{passwordResetUrl}})からいつでも新しく設定できます。なお、メールパスワードは会員サイトにログインするためのパスワードとは別のものです。ご入会時にお送りした登録内容のご案内に記載されています。

変更した後は、そのメールアドレスを設定している**すべての**メールソフトとスマートフォンで、受信・送信の両方のパスワードを新しいものに変更してください（SMTP認証にも同じパスワードを使います）。古いパスワードのままの端末があると、パスワードの入力を何度も求められ、失敗が続くとその端末からのログインが一時的に制限されることがあります。

新しいパスワードでログインできるかは、[メール設定チェック](/ja/check)のログインテストで確認できます。`,
        },
      },
      {
        slug: 'mail-in-spam-folder',
        question: {
          en: 'Mail goes to the spam folder. What can I do?',
          ja: 'メールが迷惑メールフォルダーに入ってしまいます。',
        },
        answer: {
          en: `**Mail you receive lands in spam:** our filter moves messages that look like spam to the spam folder in webmail (and in IMAP programs). If a message you want is there, mark it "Not spam" in webmail, and add the sender to your address book; later messages from the same sender are then delivered to your inbox.

**Mail you send lands in the recipient's spam:** make sure you send through our server \`{{mailHost}}\` with SMTP AUTH (port 587 or 465), not through another provider's server with your @{{mailDomain}} address: receiving servers check that mail comes from the sender's own provider. Avoid sending the same message to many recipients at once, and link shorteners in the text. If it keeps happening with one recipient, ask them to add your address to their contacts.`,
          ja: `**受信したメールが迷惑メールフォルダーに入る場合**　当社の迷惑メールフィルターは、迷惑メールと判定したメールをWebメール（およびIMAPで接続しているメールソフト）の迷惑メールフォルダーに移動します。必要なメールが入っていたら、Webメールで「迷惑メールではない」を選び、送信者をアドレス帳に登録してください。以降、その送信者からのメールは受信箱に届きます。

**送信したメールが相手の迷惑メールフォルダーに入る場合**　@{{mailDomain}} のアドレスから送るときは、他社のサーバーではなく当社の送信サーバー（\`{{mailHost}}\`、ポート587または465、SMTP認証あり）を経由して送信してください。受信側のサーバーは、送信元のプロバイダーから送られたメールかどうかを確認しています。また、同じ内容を一度に大勢へ送ることや、本文中の短縮URLは避けてください。特定の相手で続く場合は、先方のアドレス帳にご自身のアドレスを登録していただくようお伝えください。`,
        },
      },
      {
        slug: 'mailbox-full',
        question: {
          en: 'My mailbox is full. What happens, and how do I make room?',
          ja: 'メールボックスの容量がいっぱいになりました。',
        },
        answer: {
          en: `When your mailbox on our server is full, new messages are refused and senders get a "mailbox full" error. Nothing already in the mailbox is lost.

To make room:

- In [webmail]({{webmailUrl}}), delete large old messages, then empty the **Trash** and **Spam** folders (deleted mail still counts until they are emptied).
- With IMAP, deleting in your mail program deletes on the server too; again, empty the trash.
- With POP3, set your program to remove messages from the server some days after downloading them ("Remove from server after … days"), so the mailbox does not fill up again.

Your mailbox size and how much is used are shown on the members' site.`,
          ja: `当社サーバー上のメールボックスの容量がいっぱいになると、新しいメールを受け取れなくなり、送信者には「mailbox full」などのエラーが返ります。すでにメールボックスにあるメールが消えることはありません。

空き容量を増やすには、次の方法があります。

- [Webメール]({{webmailUrl}})で、古いメールや容量の大きいメールを削除し、**ごみ箱**と**迷惑メール**フォルダーを空にしてください（空にするまでは容量に含まれます）。
- IMAPの場合は、メールソフトで削除するとサーバーからも削除されます。こちらも、ごみ箱を空にしてください。
- POP3の場合は、「受信後、○日後にサーバーから削除する」設定にしておくと、メールボックスがいっぱいになりにくくなります。

メールボックスの容量と使用量は、会員サイトでご確認いただけます。`,
        },
      },
      {
        slug: 'error-messages',
        question: {
          en: 'What does the error message or code my mail program shows mean?',
          ja: 'メールソフトに表示されたエラーメッセージやエラー番号の意味を知りたいです。',
        },
        answer: {
          en: `The number or reply in the message says what went wrong. Paste the whole message (or upload a screenshot of it) into [Look up an error message](/en/diagnose) and it tells you the cause and what to change. The most common ones, and what to do:

| Message or code | What it means | What to do |
| --- | --- | --- |
| \`0x800CCC0E\`, \`0x800CCC0F\`, \`0x800CCC0D\`, \`0x80042108\`, "connection timed out" | Your program cannot reach our server: a wrong server name or port, port 25 (blocked for sending to other servers), or encryption that does not fit the port | Use the ports and encryption in the [settings guide](/en/guides) for your program |
| \`0x800CCC90\`, \`0x800CCC92\`, \`535 5.7.8\`, "authentication failed" | Our server did not accept the user name or password | Enter your full email address as the user name and your mail password again |
| \`0x800CCC78\`, \`0x800CCC79\`, \`554 5.7.1 Relay access denied\`, \`530 5.7.0\` | Our server refused to send because your program did not sign in (SMTP authentication is off, or it is still set up for POP before SMTP) | Turn on SMTP authentication and send on port 587 |
| \`550 5.1.1 User unknown\` (in a returned mail) | The recipient's address does not exist | Check the address with the recipient; changing your settings will not help |
| \`552\`, "mailbox full" | The recipient's mailbox (or yours) is full | Delete old mail, or ask the recipient to |
| \`421\` | The server is busy or you sent too many messages at once | Wait a few minutes and send again |

The fastest way to find the setting to change is [Check my mail settings](/en/check): it tests our servers with your settings and says what to change, step by step, in your program's own words.`,
          ja: `メッセージに含まれる番号やサーバーの応答から、原因が分かります。表示されたメッセージをそのまま[エラーメッセージから原因を調べる](/ja/diagnose)に貼り付けると（画面のスクリーンショットでも調べられます）、原因と変更する設定をご案内します。よく表示されるものと対処方法は次のとおりです。

| メッセージ・番号 | 意味 | 対処方法 |
| --- | --- | --- |
| \`0x800CCC0E\`、\`0x800CCC0F\`、\`0x800CCC0D\`、\`0x80042108\`、「タイムアウト」 | 当社のサーバーに接続できません。サーバー名やポート番号の誤り、送信でのポート25の利用、ポート番号に合わない暗号化の設定が主な原因です | お使いのメールソフトの[設定ガイド](/ja/guides)のポート番号と暗号化の設定にしてください |
| \`0x800CCC90\`、\`0x800CCC92\`、\`535 5.7.8\`、「認証に失敗しました」 | ユーザー名またはパスワードが受け付けられませんでした | ユーザー名にメールアドレス全体を、パスワードにメールパスワードを入力し直してください |
| \`0x800CCC78\`、\`0x800CCC79\`、\`554 5.7.1 Relay access denied\`、\`530 5.7.0\` | メールソフトが認証せずに送信しようとしたため、当社のサーバーが送信を断りました（SMTP認証がオフ、またはPOP before SMTPの設定のまま） | SMTP認証をオンにし、ポート587で送信してください |
| \`550 5.1.1 User unknown\`（戻ってきたメール） | 宛先のメールアドレスが存在しません | 宛先のアドレスを相手の方にご確認ください。設定を変更しても解決しません |
| \`552\`、「メールボックスがいっぱい」 | 宛先（またはお客さま）のメールボックスの容量がいっぱいです | 古いメールを削除してください（宛先の場合は相手の方にお伝えください） |
| \`421\` | サーバーが混み合っているか、短い時間に多くのメールを送信しました | 数分おいてから送信し直してください |

変更が必要な設定は、[メール設定チェック](/ja/check)でいちばん早く確認できます。お客さまの設定のまま当社のサーバーに接続し、お使いのメールソフトの画面の言葉で、手順を順番にご案内します。`,
        },
      },
      {
        slug: 'is-it-an-outage',
        question: {
          en: 'Is it an outage, or is it my settings?',
          ja: '障害なのか、自分の設定の問題なのかを知りたいです。',
        },
        answer: {
          en: `The [service status page](/en/status) shows, for sending, receiving and webmail, whether our servers answer right now (we check them every minute), any problem we are working on, and planned maintenance. If a problem is listed there, there is nothing to change on your side; mail sent to you during it is kept and delivered afterwards.

If everything is running normally, [Check my mail settings](/en/check) tests our servers with your own settings and says what to change. To be told about outages and maintenance by mail, subscribe at the bottom of the status page.`,
          ja: `[障害・メンテナンス情報](/ja/status)で、送信・受信・Webメールのそれぞれについて、当社のサーバーが現在応答しているか（1分ごとに確認しています）、対応中の障害、予定しているメンテナンスをご確認いただけます。障害が掲載されている場合は、お客さま側での設定変更は不要です。その間に届いたメールは保管され、復旧後に配信されます。

障害やメンテナンスが掲載されていない場合は、[メール設定チェック](/ja/check)で、お客さまの設定のまま当社のサーバーに接続して確認し、変更が必要な項目をご案内します。障害やメンテナンスの情報をメールで受け取りたい場合は、障害・メンテナンス情報のページの下からご登録ください。`,
        },
      },
    ],
  },

  {
    slug: 'sending-mail',
    name: {
      en: 'Sending mail (SMTP AUTH)',
      ja: 'メールの送信（SMTP認証）',
    },
    questions: [
      {
        slug: 'what-is-smtp-auth',
        question: {
          en: 'What is SMTP AUTH?',
          ja: 'SMTP認証（SMTP AUTH）とは何ですか？',
        },
        answer: {
          en: `SMTP AUTH (SMTP authentication) is a sign-in step for sending mail. Before a message goes out, your mail program sends your email address and password to our outgoing mail server, \`{{mailHost}}\`, so the server can confirm the message really comes from you.

Once SMTP AUTH is turned on in your mail program, this happens automatically every time you send. All mail sent from a mail program through {{ispName}} requires SMTP AUTH. Webmail signs you in on its own, so there is nothing to set up there.`,
          ja: `メールを送信する際に、送信サーバー（SMTP）でお客さまご本人であることを確認する仕組みです。メールソフトが送信のたびにメールアドレスとパスワードを送信サーバー（\`{{mailHost}}\`）に伝え、認証に成功した場合にのみメールが送信されます。

メールソフトで一度設定しておけば、以降は自動で認証が行われます。{{ispName}}では、メールソフトから送信する場合、SMTP認証が必須です。Webメールをご利用の場合は、設定の必要はありません。`,
        },
      },
      {
        slug: 'turn-on-smtp-auth',
        question: {
          en: 'How do I turn on SMTP AUTH in my mail program?',
          ja: 'メールソフトでSMTP認証を有効にするには、どうすればよいですか？',
        },
        answer: {
          en: `Open the account settings in your mail program, find the outgoing server (SMTP) section, and set the following:

| Setting | Value |
| --- | --- |
| Outgoing server | \`{{mailHost}}\` |
| Port | \`465\` (SSL/TLS) or \`587\` (STARTTLS) |
| Authentication | On (may be labeled "My outgoing server requires authentication," "Password" or "Normal password") |
| User name | Your full email address |
| Password | Your email password |

Many programs offer an option such as "Use same settings as my incoming mail server," so you don't have to enter your user name and password twice. Menu names differ from program to program, so please see the setup guide for your program for step-by-step instructions.`,
          ja: `メールソフトのアカウント設定を開き、送信サーバー（SMTP）に関する項目を次のとおり設定してください。

| 項目 | 設定値 |
| --- | --- |
| 送信サーバー | \`{{mailHost}}\` |
| ポート番号 | \`465\`（SSL/TLS）または \`587\`（STARTTLS） |
| 送信サーバーの認証 | 有効（「送信サーバーは認証が必要」などの項目を選択） |
| ユーザー名 | メールアドレス全体 |
| パスワード | メールパスワード |

多くのメールソフトでは、「受信メールサーバーと同じ設定を使用する」を選ぶと、ユーザー名とパスワードをあらためて入力する必要がありません。項目名はメールソフトによって異なりますので、詳しい手順は各メールソフトの設定ガイドをご覧ください。`,
        },
      },
      {
        slug: 'relay-denied-error',
        question: {
          en: 'When I send mail, I get an error such as "Relay denied" or "Authentication required." What should I do?',
          ja: '送信時に「Relay denied」や「Authentication required」というエラーが表示されます。どうすればよいですか？',
        },
        answer: {
          en: `These errors mean our outgoing mail server couldn't confirm who you are, so it refused to send the message. The exact wording depends on your program. Common examples:

- \`550 5.7.1 Relaying denied\`
- \`530 5.7.0 Authentication required\`
- \`535 5.7.8 Authentication failed\` (the user name or password is wrong)

Please check the following:

1. SMTP AUTH is turned on for the outgoing server.
2. Your user name is your full email address, and your password is correct. If you changed your password recently, update it in your mail program as well.
3. The port is \`465\` or \`587\` with encryption turned on, not \`25\`.
4. Your program isn't still set up for POP before SMTP, which ended on July 14, 2015.

The mail settings checker on this site can help you find the setting that needs fixing.`,
          ja: `送信サーバーでお客さまの認証ができなかったため、メールの送信が拒否されたことを示すエラーです。表示される内容はメールソフトによって異なり、たとえば次のようなものがあります。

- \`550 5.7.1 Relaying denied\`
- \`530 5.7.0 Authentication required\`
- \`535 5.7.8 Authentication failed\`（ユーザー名またはパスワードの誤り）

次の点をご確認ください。

1. 送信サーバー（SMTP）の認証が有効になっているか
2. ユーザー名がメールアドレス全体になっているか、パスワードに誤りがないか（パスワードを変更した場合は、メールソフト側の設定も変更が必要です）
3. ポート番号が \`465\` または \`587\` で、暗号化が有効になっているか（\`25\` は使用できません）
4. 2015年7月14日に終了した「POP before SMTP」の設定のままになっていないか

このサポートサイトの「メール設定チェック」を使うと、どの設定に問題があるかを確認できます。`,
        },
      },
      {
        slug: 'port-25-blocked',
        question: {
          en: "Why can't I send mail using port 25?",
          ja: 'ポート番号 25 で送信できないのはなぜですか？',
        },
        answer: {
          en: `Since January 1, 2005, we have blocked connections from customer connections to port \`25\` on mail servers outside our network. This measure, called Outbound Port 25 Blocking, stops virus-infected computers from sending spam directly to other servers.

To send from your {{ispName}} address, use our outgoing server \`{{mailHost}}\` on port \`465\` (SSL/TLS) or \`587\` (STARTTLS), with SMTP AUTH turned on. Port \`25\` is not used for sending from a mail program.`,
          ja: `{{ispName}}では2005年1月1日より、お客さまの接続から当社ネットワーク外のメールサーバーのポート番号 \`25\` への通信を遮断しています（Outbound Port 25 Blocking）。ウイルスに感染したパソコンが、外部のメールサーバーへ直接迷惑メールを送信するのを防ぐための対策です。

{{ispName}}のメールアドレスから送信する場合は、送信サーバー \`{{mailHost}}\` のポート番号 \`465\`（SSL/TLS）または \`587\`（STARTTLS）を使用し、SMTP認証を有効にしてください。メールソフトからの送信に、ポート番号 \`25\` は使用しません。`,
        },
      },
      {
        slug: 'other-provider-address',
        question: {
          en: 'I use an email address from another provider, my workplace or my school. How do I send mail over my {{ispName}} connection?',
          ja: '他のプロバイダーや勤務先・学校のメールアドレスを、{{ispName}}の回線で送信に使うにはどうすればよいですか？',
        },
        answer: {
          en: `Because of Outbound Port 25 Blocking, your mail program can't send through another provider's server on port \`25\` while you are connected through {{ispName}}.

Instead, set the outgoing server for that address to the other provider's own server, using its submission port (usually \`587\` or \`465\`) with authentication turned on. The server name, port and sign-in details come from that provider, so please check its setup guide. If the provider doesn't offer a submission port, please ask the provider directly, or use its webmail if one is available.`,
          ja: `Outbound Port 25 Blocking により、{{ispName}}の回線からは、他社のメールサーバーのポート番号 \`25\` を使って送信することはできません。

該当のメールアドレスの送信サーバーには、そのメールサービスの送信サーバーを指定し、送信用のポート（一般的には \`587\` または \`465\`）と認証を設定してください。サーバー名やポート番号、認証情報は各メールサービスの提供元が案内していますので、提供元の設定ガイドをご確認ください。送信用のポートが提供されていない場合は、提供元に直接お問い合わせいただくか、提供元のWebメールをご利用ください。`,
        },
      },
      {
        slug: 'port-465-or-587',
        question: {
          en: 'Should I use port 465 or port 587 for sending?',
          ja: '送信にはポート番号 465 と 587 のどちらを使えばよいですか？',
        },
        answer: {
          en: `Either one works, and both are encrypted. The difference is how the encryption starts:

| Port | Encryption setting | How it works |
| --- | --- | --- |
| \`465\` | SSL/TLS | The connection is encrypted from the very beginning. |
| \`587\` | STARTTLS | The connection starts unencrypted and switches to encryption before you sign in. |

If you're not sure, choose \`465\` with SSL/TLS. If sending fails on one port, for example on a hotel or office network that limits certain ports, try the other.

Whichever port you choose, make sure SMTP AUTH is on and the encryption setting matches the port. For example, port \`587\` with encryption set to "None" will not work.`,
          ja: `どちらを使用しても構いません。いずれも暗号化された通信です。違いは、暗号化を開始するタイミングです。

| ポート番号 | 暗号化の設定 | 仕組み |
| --- | --- | --- |
| \`465\` | SSL/TLS | 接続した時点から通信全体を暗号化します。 |
| \`587\` | STARTTLS | 接続後、ログインの前に暗号化に切り替えます。 |

迷った場合は、\`465\`（SSL/TLS）をお選びください。ホテルや職場のネットワークなどで一方のポートが制限されている場合は、もう一方をお試しください。

どちらの場合も、SMTP認証を有効にし、ポート番号に合った暗号化方式を選択してください。たとえば、ポート番号 \`587\` で暗号化を「なし」にすると送信できません。`,
        },
      },
    ],
  },

  {
    slug: 'security-ssl',
    name: {
      en: 'Encryption (SSL/TLS)',
      ja: '暗号化通信（SSL/TLS）',
    },
    questions: [
      {
        slug: 'ssl-port-numbers',
        question: {
          en: 'Which ports and encryption settings should I use?',
          ja: '使用するポート番号と暗号化の設定を教えてください。',
        },
        answer: {
          en: `Please use the following settings:

| Purpose | Server name | Port | Encryption |
| --- | --- | --- | --- |
| Sending (SMTP) | \`{{mailHost}}\` | \`465\` | SSL/TLS |
| Sending (SMTP) | \`{{mailHost}}\` | \`587\` | STARTTLS |
| Receiving (POP3) | \`{{mailHost}}\` | \`995\` | SSL/TLS |
| Receiving (IMAP) | \`{{mailHost}}\` | \`993\` | SSL/TLS |

For sending, choose either \`465\` or \`587\` and turn on SMTP AUTH. For every connection, your user name is your full email address (for example, \`taro@{{mailDomain}}\`).`,
          ja: `次の設定をご使用ください。

| 用途 | サーバー名 | ポート番号 | 暗号化方式 |
| --- | --- | --- | --- |
| 送信（SMTP） | \`{{mailHost}}\` | \`465\` | SSL/TLS |
| 送信（SMTP） | \`{{mailHost}}\` | \`587\` | STARTTLS |
| 受信（POP3） | \`{{mailHost}}\` | \`995\` | SSL/TLS |
| 受信（IMAP） | \`{{mailHost}}\` | \`993\` | SSL/TLS |

送信には \`465\` と \`587\` のいずれかを選び、SMTP認証を有効にしてください。ユーザー名は、どの接続でもメールアドレス全体（例：\`taro@{{mailDomain}}\`）です。`,
        },
      },
      {
        slug: 'why-ssl-required',
        question: {
          en: "Why can't I sign in to my mail without SSL/TLS anymore?",
          ja: '暗号化（SSL/TLS）なしでログインできなくなったのはなぜですか？',
        },
        answer: {
          en: `Since August 1, 2022, our mail servers accept sign-ins only over encrypted connections.

Without encryption, your email address and password travel across the network as readable text, and they can be captured, especially on public Wi-Fi. A stolen password could be used to read your mail or send spam in your name. SSL/TLS encrypts the whole connection, so your password stays protected.

If your mail program still uses port \`110\`, \`143\` or \`25\`, or has encryption set to "None," please change it to the settings shown in "Which ports and encryption settings should I use?"`,
          ja: `2022年8月1日より、メールサーバーへのログインは、暗号化された接続に限り受け付けています。

暗号化されていない接続では、メールアドレスやパスワードがそのままの形でネットワーク上を流れるため、公衆無線LANなどで第三者に盗み見られるおそれがあります。パスワードが盗まれると、メールを読まれたり、お客さまになりすまして迷惑メールを送信されたりする危険があります。SSL/TLSを使用すると通信全体が暗号化され、パスワードを守ることができます。

ポート番号 \`110\`、\`143\`、\`25\` を使用している場合や、暗号化の設定が「なし」になっている場合は、このページの「使用するポート番号と暗号化の設定を教えてください」に沿って設定を変更してください。`,
        },
      },
      {
        slug: 'certificate-warning',
        question: {
          en: 'My mail program shows a certificate warning. Is it safe to continue?',
          ja: 'メールソフトに証明書の警告が表示されます。このまま使っても大丈夫ですか？',
        },
        answer: {
          en: `A certificate warning means your mail program couldn't confirm that it is really connected to our server. Common causes are:

- The server name isn't exactly \`{{mailHost}}\`. Our certificate is issued for this name, so entering an IP address or a different name triggers a warning.
- The date and time on your computer or device are wrong.
- Security software on your computer is inspecting mail connections.
- Your mail program is too old to recognize current certificates.

Please fix the cause instead of accepting the warning. If the warning still appears with the correct server name, don't choose "Always trust." Contact us at {{supportEmail}} instead.`,
          ja: `証明書の警告は、メールソフトが接続先を当社のサーバーであると確認できなかったことを示しています。主な原因は次のとおりです。

- サーバー名が \`{{mailHost}}\` と正確に一致していない（証明書はこの名前に対して発行されているため、IPアドレスや別の名前を入力すると警告が表示されます）
- パソコンや端末の日付・時刻がずれている
- セキュリティ対策ソフトがメールの通信を検査している
- メールソフトが古く、現在の証明書に対応していない

警告をそのまま承認せず、原因を取り除いてからご利用ください。正しいサーバー名を設定しても警告が表示される場合は、「常に信頼する」などを選択せずに、{{supportEmail}} までご連絡ください。`,
        },
      },
      {
        slug: 'ssl-cannot-connect',
        question: {
          en: "I switched to SSL/TLS and now I can't connect. What should I check?",
          ja: 'SSL/TLSに設定を変更したら、接続できなくなりました。',
        },
        answer: {
          en: `Please check the following:

1. **Port and encryption match.** Use \`465\` with SSL/TLS, \`587\` with STARTTLS, \`995\` with SSL/TLS (POP3) and \`993\` with SSL/TLS (IMAP). A mismatch, such as \`465\` with STARTTLS, will fail.
2. **Server name.** It should be exactly \`{{mailHost}}\` for both sending and receiving.
3. **Security software.** Make sure your firewall or security software allows your mail program to use the new ports.
4. **Mail program version.** Outdated programs such as Windows Live Mail and Outlook Express can't connect reliably. Please switch to a supported program.

The mail settings checker on this site can help you find the setting that's causing the problem.`,
          ja: `次の点をご確認ください。

1. ポート番号と暗号化方式の組み合わせ：\`465\` は SSL/TLS、\`587\` は STARTTLS、\`995\`（POP3）と \`993\`（IMAP）は SSL/TLS です。\`465\` で STARTTLS を選ぶなど、組み合わせが合っていないと接続できません。
2. サーバー名：送信・受信とも \`{{mailHost}}\` と正確に入力されているか
3. セキュリティ対策ソフト：ファイアウォールなどで、メールソフトによる新しいポートへの通信が遮断されていないか
4. メールソフトのバージョン：Windows Live メールやOutlook Expressなどの古いメールソフトは、正常に接続できません。サポート対象のメールソフトへの切り替えをお願いいたします。

このサポートサイトの「メール設定チェック」を使うと、原因となっている設定を確認できます。`,
        },
      },
    ],
  },

  {
    slug: 'settings-programs',
    name: {
      en: 'Checking settings and mail programs',
      ja: '設定の確認・対応メールソフト',
    },
    questions: [
      {
        slug: 'check-my-settings',
        question: {
          en: 'How can I check whether my mail settings are correct?',
          ja: 'メールの設定が正しいかどうかを確認するには、どうすればよいですか？',
        },
        answer: {
          en: `Use the mail settings checker on this site. Enter the values shown in your mail program, and the checker compares them with the correct settings and tells you what, if anything, needs to change.

You can usually find your current settings under "Account settings," "Server settings" or a similar menu. Pay particular attention to:

- Server names for sending and receiving (both should be \`{{mailHost}}\`)
- Port numbers and encryption
- Whether SMTP AUTH is turned on
- Your user name (your full email address)

After making changes, send a test message to your own address to confirm that both sending and receiving work.`,
          ja: `このサポートサイトの「メール設定チェック」をご利用ください。メールソフトに表示されている設定値を入力すると、正しい設定と照らし合わせて、変更が必要な項目をお知らせします。

現在の設定は、多くの場合、メールソフトの「アカウント設定」「サーバー設定」などのメニューで確認できます。特に次の項目をご確認ください。

- 送信・受信サーバー名（どちらも \`{{mailHost}}\`）
- ポート番号と暗号化の設定
- SMTP認証が有効になっているか
- ユーザー名（メールアドレス全体）

設定を変更したら、ご自身のメールアドレス宛てにテストメールを送り、送信と受信の両方ができることをご確認ください。`,
        },
      },
      {
        slug: 'supported-mail-programs',
        question: {
          en: 'Which mail programs are supported?',
          ja: '対応しているメールソフトを教えてください。',
        },
        answer: {
          en: `We provide setup guides for the following programs:

| Device | Mail program |
| --- | --- |
| Windows | Outlook (Microsoft 365 and other current versions), Thunderbird, Becky! Internet Mail |
| Mac | Apple Mail, Outlook, Thunderbird |
| iPhone / iPad | Mail app |
| Android | Gmail app |

Other mail programs can also be used if they support SMTP AUTH and SSL/TLS, although we may not be able to give detailed help with them.

Windows Live Mail and Outlook Express are **not supported**. Their developer no longer maintains them, and they can't properly handle the encryption our servers require.`,
          ja: `次のメールソフトについて、設定ガイドをご用意しています。

| 端末 | メールソフト |
| --- | --- |
| Windows | Outlook（Microsoft 365 ほか現行バージョン）、Thunderbird、Becky! Internet Mail |
| Mac | Appleの「メール」、Outlook、Thunderbird |
| iPhone/iPad | 「メール」アプリ |
| Android | Gmailアプリ |

上記以外でも、SMTP認証とSSL/TLSに対応したメールソフトであればご利用いただけます。ただし、詳しい操作方法のご案内はいたしかねる場合があります。

Windows Live メールとOutlook Expressはサポート対象外です。開発元のサポートが終了しており、当社のメールサーバーが必要とする暗号化に正しく対応できません。`,
        },
      },
      {
        slug: 'windows-live-mail',
        question: {
          en: 'I still use Windows Live Mail or Outlook Express. Can I keep using it?',
          ja: 'Windows Live メールやOutlook Expressを引き続き使えますか？',
        },
        answer: {
          en: `Unfortunately, no. Both programs stopped receiving updates and security fixes long ago, and they can't reliably use the encrypted connections our mail servers have required since August 1, 2022.

Please switch to a supported program such as Outlook, Thunderbird or Apple Mail. Before you switch, use the old program's export feature to save your messages and address book; many newer programs can import them.

In the meantime, you can read and send mail with webmail at {{webmailUrl}}.`,
          ja: `申し訳ありませんが、ご利用いただけません。いずれのメールソフトも、更新やセキュリティ修正の提供がすでに終了しており、2022年8月1日から必須となった暗号化通信に正しく対応できません。

Outlook、Thunderbird、Appleの「メール」など、サポート対象のメールソフトへの切り替えをお願いいたします。切り替える前に、現在お使いのメールソフトのエクスポート機能で、メールとアドレス帳を保存しておいてください。多くのメールソフトでは、保存したデータを読み込むことができます。

切り替えが完了するまでは、Webメール（{{webmailUrl}}）でメールの閲覧・送信が可能です。`,
        },
      },
      {
        slug: 'pop3-or-imap',
        question: {
          en: 'Should I use POP3 or IMAP to receive mail?',
          ja: '受信方式はPOP3とIMAPのどちらを選べばよいですか？',
        },
        answer: {
          en: `It depends on how you read your mail:

| | POP3 | IMAP |
| --- | --- | --- |
| Where mail is kept | Downloaded to one device | Kept on the server |
| Reading on several devices | Read and deleted messages aren't synced | Folders and read status stay in sync |
| Best for | One computer only | A computer plus a smartphone or tablet |

If you read mail on more than one device, we recommend IMAP. If you use POP3 on several devices, set each one to leave a copy of messages on the server; otherwise, a message downloaded on one device may not appear on the others.`,
          ja: `メールの使い方に合わせてお選びください。

| | POP3 | IMAP |
| --- | --- | --- |
| メールの保存場所 | 受信した端末にダウンロード | サーバー上に保存 |
| 複数の端末での利用 | 既読・削除の状態は共有されない | フォルダーや既読の状態が同期される |
| おすすめの使い方 | パソコン1台のみで利用 | パソコンとスマートフォンなど複数の端末で利用 |

複数の端末でメールを読む場合は、IMAPをおすすめします。POP3を複数の端末で使う場合は、各端末で「サーバーにメッセージのコピーを置く」設定にしてください。この設定がないと、ある端末で受信したメールがほかの端末に表示されないことがあります。`,
        },
      },
      {
        slug: 'using-webmail',
        question: {
          en: 'How do I use webmail?',
          ja: 'Webメールの使い方を教えてください。',
        },
        answer: {
          en: `Open {{webmailUrl}} in your web browser and sign in with your full email address and your email password. There's nothing to install or configure.

Webmail is handy when you're away from your own computer or when your mail program isn't working. It always uses an encrypted connection, and it was not affected by the end of POP before SMTP or by the SSL/TLS requirement.

Note: If you use POP3 and your mail program removes messages from the server after downloading them, those messages won't appear in webmail.`,
          ja: `Webブラウザーで {{webmailUrl}} を開き、メールアドレス全体とメールパスワードでログインしてください。ソフトのインストールや設定は不要です。

外出先でご自身のパソコンが使えないときや、メールソフトに不具合があるときに便利です。Webメールは常に暗号化された接続を使用しており、POP before SMTPの終了や暗号化（SSL/TLS）の必須化による影響もありません。

なお、POP3をご利用で、受信後にサーバーからメールを削除する設定になっている場合、そのメールはWebメールには表示されません。`,
        },
      },
    ],
  },

  {
    slug: 'pop-before-smtp',
    name: {
      en: 'POP before SMTP (ended July 14, 2015)',
      ja: 'POP before SMTP（2015年7月14日終了）',
    },
    questions: [
      {
        slug: 'pbs-what-is-it',
        historical: true,
        question: {
          en: 'What was POP before SMTP?',
          ja: 'POP before SMTPとは何ですか？',
        },
        answer: {
          en: `Mail programs use two servers: an incoming server (POP) to collect your mail and an outgoing server (SMTP) to send it. Collecting mail has always required a user name and password, since it opens your personal mailbox. The outgoing server, on the other hand, was originally designed simply to pass mail along and had no sign-in step of its own.

POP before SMTP closed that gap. By signing in to the incoming server first, you showed that you were a genuine customer, and the outgoing server then accepted your mail.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `メールソフトは、メールの受信に受信サーバー（POP）を、送信に送信サーバー（SMTP）を使用します。受信サーバーは個人宛てのメールを取り出すため、ユーザー名とパスワードによる認証が欠かせません。一方、送信サーバーはもともとメールを中継するための仕組みで、それ自体には利用者を確認する考え方がありませんでした。

そこで、送信サーバーを使う前に受信サーバーで認証を受けていただき、正規のお客さまであることを確認するようにしたのが、POP before SMTPです。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-why-introduced',
        historical: true,
        question: {
          en: 'Why was POP before SMTP introduced?',
          ja: 'POP before SMTPを導入したのはなぜですか？',
        },
        answer: {
          en: `An outgoing server that doesn't check who is using it is open to anyone, including people who send spam. If spammers had abused our server, our customers' mail could have been delayed, or the server might even have had to stop. POP before SMTP made sure that only our customers could send mail through it.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `利用者を確認しない送信サーバーは、誰でも使えてしまいます。悪意のある第三者に迷惑メール（スパム）の送信に悪用されると、お客さまのメールの配送が遅れたり、メールサーバーが停止したりするおそれがありました。こうした事態を防ぎ、お客さまだけが送信サーバーを利用できるようにするために導入したものです。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-membership-type',
        historical: true,
        question: {
          en: 'Did POP before SMTP depend on my membership type?',
          ja: '会員種別によって、POP before SMTPの対象は異なりましたか？',
        },
        answer: {
          en: `Yes. From January 15, 2004, all ISDN, ADSL and FTTH members were required to use POP before SMTP. Dial-up members could keep sending mail with their existing settings.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `はい。2004年1月15日以降、ISDN・ADSL・FTTH接続のお客さまには、必ずPOP before SMTPをご利用いただくことになりました。ダイヤルアップ接続のお客さまは、それまでの設定のままメールを送信いただけました。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-work-or-school',
        historical: true,
        question: {
          en: 'I also used another provider at work or school. How could I send mail?',
          ja: '職場や学校などで別のプロバイダーを利用している場合の送信方法を教えてください。',
        },
        answer: {
          en: `There were two options:

1. Keep sending through our server with POP before SMTP: check for mail on our incoming server first, then send.
2. Change the outgoing server (SMTP) in your mail program to the one provided by the provider at your workplace or school.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `次のいずれかの方法でご利用いただけました。

1. POP before SMTPを利用する（先に{{ispName}}の受信サーバーで受信操作を行い、その後で送信する）
2. メールソフトの送信サーバー（SMTP）を、職場や学校などで利用しているプロバイダーのものに変更する

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-what-changed',
        historical: true,
        question: {
          en: 'What changed for me when POP before SMTP was introduced?',
          ja: 'POP before SMTPの導入で、何が変わりましたか？',
        },
        answer: {
          en: `You had to check for mail before sending. Also, if you disconnected from the internet after checking, you needed to reconnect and check for mail again before you could send.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `メールを送信する前に、必ず受信操作が必要になりました。また、受信操作の後にインターネット接続を切断した場合は、再接続したうえで、もう一度受信操作を行ってから送信する必要がありました。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-why-receive-first',
        historical: true,
        question: {
          en: 'Why did I have to receive mail before sending?',
          ja: '送信の前に受信操作が必要だったのはなぜですか？',
        },
        answer: {
          en: `When you checked for mail, your program sent your user name and password to the incoming server. If they were correct, the server recorded the IP address you were connecting from. When you then sent a message, the outgoing server compared your IP address with the recorded one and accepted the message only if the two matched.

In other words, receiving first was how the server learned that your connection belonged to a genuine customer.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `受信操作を行うと、メールソフトから受信サーバー（POP）にユーザー名とパスワードが送られます。受信サーバーはこの情報で認証を行い、正規のお客さまと確認できた場合に、接続元のIPアドレスを記録していました。送信時には、送信元のIPアドレスを記録済みのIPアドレスと照合し、一致した場合にだけ送信を許可していました。

つまり、先に受信操作を行うことで、その接続が正規のお客さまのものであることをサーバーが確認していたのです。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-no-new-mail',
        historical: true,
        question: {
          en: 'Could I send mail even when no new mail had arrived?',
          ja: '新着メールがないときでも、送信できましたか？',
        },
        answer: {
          en: `Yes. What mattered was signing in to the incoming server by checking for mail, not whether any messages were waiting. Checking and finding nothing new was enough.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `はい。必要なのは受信操作によって受信サーバーの認証を受けることで、新着メールの有無は関係ありませんでした。受信するメールが1通もなくても、受信操作さえ行えば送信できました。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-send-anytime',
        historical: true,
        question: {
          en: 'Once I had received mail, could I send at any time afterward?',
          ja: '一度受信操作をすれば、その後はいつでも送信できましたか？',
        },
        answer: {
          en: `No. Sending was allowed only for a limited time after receiving. You needed to check for mail again if:

- More than 15 minutes had passed since you last checked for mail, or
- You had disconnected from the internet and connected again, since your IP address could change when you reconnected.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `いいえ。送信できるのは、受信操作から一定の時間内に限られていました。次の場合は、あらためて受信操作が必要でした。

- 最後の受信操作から15分以上経過した場合
- インターネット接続をいったん切断し、再接続した場合（再接続によってIPアドレスが変わることがあるため）

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
      {
        slug: 'pbs-my-mail-program',
        historical: true,
        question: {
          en: 'What did I need to do in my mail program?',
          ja: 'メールソフトごとの設定方法や送信手順を教えてください。',
        },
        answer: {
          en: `We provided setup pages for the most common programs of the time: Outlook Express 5 and 6, Outlook 2000, Becky! Internet Mail version 2 and PostPet for Windows version 3. These programs could be set to check for mail automatically before sending.

With other programs, the steps were:

1. Write your message.
2. Check for new mail (even if nothing arrived).
3. Send the message within 15 minutes.

If sending failed, the message stayed in the program, so you could simply check for mail again and resend it.

*POP before SMTP ended on July 14, 2015. Mail is now sent using SMTP AUTH.*`,
          ja: `当時の代表的なメールソフトである Outlook Express 5/6、Outlook 2000、Becky! Internet Mail Ver.2、PostPet for Windows Ver.3 については、設定方法のページをご用意していました。これらのメールソフトは、設定により送信前の受信操作を自動で行えました。

それ以外のメールソフトでは、次の手順で送信していただいていました。

1. 送信するメールを作成する
2. 受信操作を行う（新着メールがなくても構いません）
3. 15分以内に送信する

送信に失敗しても作成したメールは残るため、もう一度受信操作を行ってから送信し直せば問題ありませんでした。

※POP before SMTPは2015年7月14日に終了し、現在はSMTP認証（SMTP AUTH）で送信いただいています。`,
        },
      },
    ],
  },
];
