import type { SeedNotice } from './types';

/**
 * Demo notices. Every sentence is original; facts (dates, ports, time windows, programs)
 * follow the seed documents in shared/seeds. `{{placeholders}}` are resolved at render time.
 */
export const notices: SeedNotice[] = [
  {
    slug: 'mail-maintenance-2026-12',
    category: 'maintenance',
    importance: 'important',
    pinned: true,
    status: 'published',
    publishedAt: '2026-11-20',
    title: {
      en: 'Mail server maintenance on December 8, 2026',
      ja: 'メールサーバーメンテナンスのお知らせ（2026年12月8日実施）',
    },
    summary: {
      en: 'We will carry out maintenance on our mail servers on Tuesday, December 8, 2026, from 2:00 to 5:00 a.m. Japan time. During this time, sending and receiving mail, including webmail, may fail from time to time.',
      ja: '2026年12月8日（火）2:00～5:00に、メールサーバーのメンテナンスを実施します。作業中は、Webメールを含むメールの送受信が断続的にできなくなる場合があります。',
    },
    body: {
      en: `## Schedule

| Item | Details |
| --- | --- |
| Date and time | Tuesday, December 8, 2026, 2:00–5:00 a.m. (Japan time) |
| Affected services | Sending mail (SMTP), receiving mail (POP3/IMAP), webmail |
| Work | Replacement of mail server equipment and software updates |

## What to expect

While the work is in progress, you may occasionally be unable to:

- Send mail from your mail program or smartphone
- Receive new mail in your mail program
- Sign in to or use webmail

These interruptions are temporary. Other services, including your internet connection, are not affected.

## Your mail will not be lost

- Messages sent to you during the maintenance are held safely on our servers and delivered as soon as the work is finished.
- If a message you send fails, it stays in your Outbox. Please try sending it again after 5:00 a.m.

## No action needed

You don't need to change any settings. If we finish early, service will return to normal right away. If the work runs longer than planned, we will update this notice.

If you still can't send or receive mail after 5:00 a.m., restart your mail program or device and try again. If the problem continues, please contact us at {{supportEmail}}.

We apologize for the inconvenience and thank you for your understanding.`,
      ja: `## 実施日時と内容

| 項目 | 内容 |
| --- | --- |
| 日時 | 2026年12月8日（火）2:00～5:00 |
| 影響するサービス | メールの送信（SMTP）、メールの受信（POP3/IMAP）、Webメール |
| 作業内容 | メールサーバー機器の更新およびソフトウェアのアップデート |

## 作業中の影響

作業時間中は、次の操作が断続的にできなくなる場合があります。

- メールソフトやスマートフォンからのメール送信
- メールソフトでの新着メールの受信
- Webメールへのログインおよび操作

インターネット接続など、メール以外のサービスには影響ありません。

## メールが失われることはありません

- 作業中にお客さま宛てに届いたメールは、サーバーで一時的にお預かりし、作業終了後に順次お届けします。
- 送信に失敗したメールは、メールソフトの送信トレイに残ります。作業終了後に、あらためて送信してください。

## お客さま側での設定変更は不要です

メールソフトの設定を変更していただく必要はありません。作業が予定より早く終わった場合は、その時点から通常どおりご利用いただけます。終了時刻が延びる場合は、このお知らせでご案内します。

5:00以降もメールの送受信ができない場合は、メールソフトや端末を再起動してからお試しください。それでも解決しない場合は、{{supportEmail}} までご連絡ください。

お客さまにはご不便をおかけしますが、ご理解とご協力をお願いいたします。`,
    },
    updates: [],
    related: ['encrypted-login-required-2022', 'smtp-auth-replaces-pop-before-smtp'],
  },

  {
    slug: 'year-end-support-hours-2026',
    category: 'general',
    importance: 'normal',
    status: 'published',
    publishedAt: '2026-11-18',
    title: {
      ja: '年末年始のサポート窓口営業時間について',
    },
    summary: {
      ja: '2026年12月29日（火）から2027年1月3日（日）まで、サポート窓口を休業いたします。休業期間中にいただいたメールでのお問い合わせには、2027年1月4日（月）から順次回答いたします。',
    },
    body: {
      ja: `## 休業期間

| 項目 | 内容 |
| --- | --- |
| 休業期間 | 2026年12月29日（火）～2027年1月3日（日） |
| 営業再開日 | 2027年1月4日（月） |

インターネット接続サービスやメールサービスは、休業期間中も通常どおりご利用いただけます。

## 休業期間中のお問い合わせについて

- メールでのお問い合わせ（{{supportEmail}}）は、休業期間中も受け付けています。回答は2027年1月4日（月）から、受付順にお送りします。
- 年明けはお問い合わせが集中するため、回答までにお時間をいただく場合があります。あらかじめご了承ください。

## 休業期間中もご利用いただけるもの

- このサポートサイトの「よくあるご質問」
- 「メール設定チェック」および各メールソフトの設定ガイド
- Webメール（{{webmailUrl}}）

設定に関するご不明点は、まずこちらをご確認ください。

## 障害・メンテナンス情報

通信障害など緊急のお知らせは、休業期間中もこのサポートサイトに掲載します。

お客さまにはご不便をおかけしますが、何とぞご了承くださいますようお願い申し上げます。`,
    },
    updates: [],
    related: ['mail-maintenance-2026-12'],
  },

  {
    slug: 'encrypted-login-required-2022',
    category: 'security',
    importance: 'important',
    status: 'published',
    publishedAt: '2021-09-28',
    title: {
      en: 'Encrypted (SSL/TLS) connections required for mail login from August 1, 2022',
      ja: 'メールサーバー接続時の暗号化（SSL/TLS）必須化について（2022年8月1日実施）',
    },
    summary: {
      en: 'From August 1, 2022, our mail servers accept sign-ins only over connections encrypted with SSL/TLS. Please check that your mail program uses the ports and encryption settings listed in this notice.',
      ja: '2022年8月1日より、メールの送受信時のログインは、SSL/TLSで暗号化された接続に限り受け付けます。お使いのメールソフトのポート番号と暗号化の設定をご確認ください。',
    },
    body: {
      en: `## What is changing

To better protect your password and your messages, {{ispName}} requires an encrypted connection for every mail sign-in from Monday, August 1, 2022. From that date, mail programs that connect without SSL/TLS can no longer send or receive mail.

## Why we are making this change

Without encryption, your email address and password cross the network as plain, readable text. On public Wi-Fi and other shared networks, they can be picked up by others and used to read your mail or send spam in your name. SSL/TLS encrypts the entire connection, including your password.

## Correct settings

| Purpose | Server name | Port | Encryption |
| --- | --- | --- | --- |
| Sending (SMTP) | \`{{mailHost}}\` | \`465\` | SSL/TLS |
| Sending (SMTP) | \`{{mailHost}}\` | \`587\` | STARTTLS |
| Receiving (POP3) | \`{{mailHost}}\` | \`995\` | SSL/TLS |
| Receiving (IMAP) | \`{{mailHost}}\` | \`993\` | SSL/TLS |

For sending, use either port \`465\` or port \`587\`. Both are encrypted.

The following apply to all connections:

- **User name:** your full email address, for example \`taro@{{mailDomain}}\`
- **Password:** your email password
- **Outgoing server authentication (SMTP AUTH):** on, using the same user name and password as for receiving

## Who needs to change settings

Please update your mail program if it uses any of the following:

- Port \`110\` (POP3), \`143\` (IMAP) or \`25\` (SMTP)
- Encryption set to "None," or SSL/TLS turned off

Webmail already uses an encrypted connection, so it is not affected.

## Older mail programs

Some older programs, such as Windows Live Mail and Outlook Express, are no longer maintained by their developer and cannot properly handle today's encryption. If you still use one of them, please switch to a current mail program such as Outlook, Thunderbird or Apple Mail. Until then, you can read and send mail with webmail.

## How to check your settings

The mail settings checker on this site compares your current settings with the table above and shows what needs to change. For step-by-step instructions, see the setup guide for your mail program.`,
      ja: `## 変更の内容

{{ispName}}では、お客さまのパスワードとメールの内容をより確実にお守りするため、2022年8月1日（月）より、メールサーバーへのログインにSSL/TLSによる暗号化を必須といたします。同日以降、暗号化を使用しない設定のメールソフトでは、メールの送受信ができなくなります。

## 変更の理由

暗号化されていない接続では、メールアドレスやパスワードがそのままの形でネットワーク上を流れます。公衆無線LANなどでは第三者に盗み見られるおそれがあり、メールを読まれたり、お客さまになりすまして迷惑メールを送信されたりする危険があります。SSL/TLSを使用すると、パスワードを含む通信全体が暗号化されます。

## 正しい設定

| 用途 | サーバー名 | ポート番号 | 暗号化方式 |
| --- | --- | --- | --- |
| 送信（SMTP） | \`{{mailHost}}\` | \`465\` | SSL/TLS |
| 送信（SMTP） | \`{{mailHost}}\` | \`587\` | STARTTLS |
| 受信（POP3） | \`{{mailHost}}\` | \`995\` | SSL/TLS |
| 受信（IMAP） | \`{{mailHost}}\` | \`993\` | SSL/TLS |

送信には、ポート番号 \`465\` と \`587\` のどちらを使用しても構いません。いずれも暗号化されます。

あわせて、次の項目もご確認ください。

- ユーザー名（アカウント名）：メールアドレス全体（例：\`taro@{{mailDomain}}\`）
- パスワード：メールパスワード
- 送信サーバーの認証（SMTP認証）：有効（受信サーバーと同じユーザー名・パスワードを使用）

## 設定の変更が必要なお客さま

次のいずれかに当てはまる場合は、設定の変更が必要です。

- ポート番号 \`110\`（POP3）、\`143\`（IMAP）、\`25\`（SMTP）を使用している
- 暗号化の設定が「なし」になっている

Webメールは以前から暗号化された接続を使用しているため、影響はありません。

## 古いメールソフトをお使いのお客さま

Windows Live メールやOutlook Expressなど、開発元のサポートがすでに終了しているメールソフトは、現在の暗号化方式に正しく対応できません。これらをお使いの場合は、Outlook、Thunderbird、Appleの「メール」など、現在サポートされているメールソフトへの切り替えをお願いいたします。切り替えまでの間は、Webメールでもメールの閲覧・送信が可能です。

## 設定の確認方法

このサポートサイトの「メール設定チェック」を使うと、現在の設定が上の表と一致しているかを確認し、変更が必要な項目を表示できます。メールソフトごとの詳しい手順は、各設定ガイドをご覧ください。`,
    },
    updates: [
      {
        date: '2022-08-01',
        note: {
          en: 'The change is now in effect. Mail sign-ins without SSL/TLS encryption are no longer accepted.',
          ja: '本日、暗号化（SSL/TLS）の必須化を実施しました。暗号化されていない接続ではログインできません。',
        },
      },
    ],
    related: ['smtp-auth-replaces-pop-before-smtp', 'outbound-port-25-blocking'],
  },

  {
    slug: 'smtp-auth-replaces-pop-before-smtp',
    category: 'service-change',
    importance: 'important',
    status: 'published',
    publishedAt: '2015-04-14',
    title: {
      en: 'Change of outgoing mail authentication: POP before SMTP ends, use SMTP AUTH',
      ja: '送信メール認証方式の変更について（POP before SMTPの終了とSMTP認証への移行）',
    },
    summary: {
      // The registry's statement of the policy (config/mail-service.demo.json), word for word.
      en: 'Since July 14, 2015, we no longer accept mail sent with POP before SMTP, and port 25 of our mail server no longer relays customers’ mail. To send mail, please use port 587 of our mail server with SMTP authentication.',
      ja: '2015年7月14日から、POP before SMTPによる送信は受け付けておらず、当社のメールサーバーのポート25ではお客さまのメールを中継していません。メールの送信には、当社のメールサーバーのポート587（SMTP認証）をご利用ください。',
    },
    body: {
      en: `## What changed

On Tuesday, July 14, 2015, {{ispName}} stopped accepting POP before SMTP as a way to confirm who is sending mail. Since then, our outgoing mail server (\`{{mailHost}}\`) sends mail only for customers who sign in with SMTP authentication (SMTP AUTH).

Spam sent from virus-infected computers has been growing quickly, and checks that rely only on a network address are easy to abuse. Asking every sender to sign in helps keep our mail service secure and reliable for everyone.

## Who is affected

| Your situation | What to do |
| --- | --- |
| Your mail program uses POP before SMTP to send | Switch to SMTP AUTH. Until you do, sending will fail. |
| Your mail program already uses SMTP AUTH | Nothing. Your settings are fine. |
| You only use webmail | Nothing. Webmail is not affected. |

## What is SMTP AUTH?

SMTP AUTH is a sign-in step for sending mail. Before a message goes out, your mail program gives our server your email address and password. You only need to turn it on once; after that, your program takes care of it automatically, and sending works just as it did before.

## What was POP before SMTP?

With POP before SMTP, permission to send depended on a recent mail check. Once you signed in to the incoming (POP) server, the outgoing server accepted mail from the same IP address for the next 10 minutes. (When we introduced it in 2004, the window was 15 minutes.) Because the sending step itself had no password check, the server could only trust the address you were connecting from, which no longer offers enough protection.

## How to check and change your settings

1. Open the mail settings checker on this site and compare its results with the settings in your mail program.
2. If SMTP AUTH is not turned on, follow the setup guide for your program. The option is usually called something like "My outgoing server (SMTP) requires authentication." Set it to use the same user name and password as your incoming mail.
3. Send a test message to your own address to make sure everything works.

## Related change: encrypted sign-in

Since August 1, 2022, our mail servers accept sign-ins only over encrypted (SSL/TLS) connections. While you review your sending settings, please check the port and encryption settings too. For details, see the notice "Encrypted (SSL/TLS) connections required for mail login from August 1, 2022."`,
      ja: `## 変更の内容

{{ispName}}では、2015年7月14日（火）をもって送信メールの認証方式「POP before SMTP」の提供を終了し、「SMTP認証（SMTP AUTH）」に一本化しました。現在、送信サーバー（\`{{mailHost}}\`）からメールを送信するには、SMTP認証による本人確認が必要です。

近年、コンピューターウイルスに感染したパソコンから送られる迷惑メールが急増しています。接続元のIPアドレスだけで送信を許可する方式は悪用されやすいため、送信のたびに認証を行うSMTP認証へ移行し、メールサービスの安全性を高めることといたしました。

## 影響を受けるお客さま

| ご利用状況 | 必要な対応 |
| --- | --- |
| メールソフトの送信認証がPOP before SMTPになっている | SMTP認証への変更が必要です。変更するまでメールを送信できません。 |
| すでにSMTP認証を設定している | 対応は不要です。 |
| Webメールのみを利用している | 影響はありません。設定の変更も不要です。 |

## SMTP認証（SMTP AUTH）とは

メールの送信時に、メールアドレスとパスワードで本人確認を行う仕組みです。メールソフトで一度設定しておけば、送信のたびに自動で認証が行われるため、普段の操作は変わりません。

## POP before SMTPとは

受信サーバー（POP）へのログイン、つまりメールの受信に成功すると、その後10分間に限り、同じIPアドレスからの送信を許可する方式でした（2004年の導入当初は15分間）。送信時にはパスワードの確認を行わず、接続元のIPアドレスだけで判断するため、現在のセキュリティ水準では十分とはいえなくなっていました。

## 設定の確認・変更方法

1. このサポートサイトの「メール設定チェック」で、お使いのメールソフトの設定を確認します。
2. SMTP認証が有効になっていない場合は、お使いのメールソフトの設定ガイドに沿って変更してください。多くのメールソフトでは「送信サーバー（SMTP）は認証が必要」といった名称の項目です。認証には、受信サーバーと同じユーザー名とパスワードを使用します。
3. 変更後、ご自身のメールアドレス宛てにテストメールを送信し、正常に届くことをご確認ください。

## ご参考：暗号化通信の必須化について

2022年8月1日より、メールサーバーへのログインにはSSL/TLSによる暗号化が必須となりました。送信設定を見直す際は、ポート番号と暗号化の設定もあわせてご確認ください。詳しくは、お知らせ「メールサーバー接続時の暗号化（SSL/TLS）必須化について」をご覧ください。`,
    },
    updates: [
      {
        date: '2015-07-14',
        note: {
          en: 'POP before SMTP has now ended. Mail programs still set to use it can no longer send mail, so please switch to SMTP AUTH.',
          ja: 'POP before SMTPの提供を終了しました。POP before SMTPの設定のままではメールを送信できませんので、SMTP認証への変更をお願いいたします。',
        },
      },
      {
        date: '2021-09-28',
        note: {
          en: 'Added a note that mail sign-in without SSL/TLS encryption will end on August 1, 2022. See the notice on encrypted connections for details.',
          ja: '2022年8月1日をもって、SSL/TLSで暗号化されていない接続でのログインを終了する旨を追記しました。詳しくは、暗号化通信の必須化に関するお知らせをご覧ください。',
        },
      },
    ],
    related: ['encrypted-login-required-2022', 'outbound-port-25-blocking', 'pop-before-smtp-introduction'],
  },

  {
    slug: 'child-protection-blocking',
    category: 'security',
    importance: 'normal',
    status: 'published',
    publishedAt: '2011-04-01',
    title: {
      en: 'Blocking of child sexual abuse material sites',
      ja: '児童ポルノ掲載サイトへのアクセス制限（ブロッキング）の実施について',
    },
    summary: {
      en: 'From April 1, 2011, we block access to websites known to host child sexual abuse material, to help protect the children harmed by it.',
      ja: '2011年4月1日より、児童の権利を守るため、児童ポルノを掲載していると認められたウェブサイトへのアクセスを制限しています。',
    },
    body: {
      en: `## What we are doing

From April 1, 2011, {{ispName}} blocks access to websites that contain child sexual abuse material. These images are a record of serious abuse, and each time they are viewed or shared, the harm to the children involved continues. Blocking helps stop this material from spreading.

## How it works

- Only addresses on a list maintained by an independent organization are blocked. The list is built from reports and is reviewed regularly.
- If you try to open a blocked address, your browser shows a notice page instead of the site.
- The check is carried out automatically and looks only at the destination address. We do not keep records of which customers tried to open a blocked site.

We keep this measure as narrow as possible and respect the privacy of your communications.

## If you think a site was blocked by mistake

Please send the address of the page to {{supportEmail}}. We will pass it on to the organization that maintains the list for review.`,
      ja: `## 取り組みの内容

{{ispName}}では、2011年4月1日より、児童ポルノを掲載しているウェブサイトへのアクセスを制限（ブロッキング）しています。児童ポルノは深刻な性的虐待の記録であり、閲覧や拡散が繰り返されるたびに、被害を受けた児童の苦しみが続きます。ブロッキングにより、こうした画像等の流通を防ぎます。

## 実施方法

- ブロッキングの対象は、独立した第三者機関が作成・管理するリストに掲載されたアドレスに限られます。リストは通報をもとに作成され、定期的に見直されています。
- 対象のアドレスにアクセスしようとすると、サイトの代わりにアクセス制限をお知らせするページが表示されます。
- 判定はシステムにより自動で行い、確認するのは接続先のアドレスのみです。どのお客さまが対象サイトにアクセスしようとしたかの記録は保存しません。

ブロッキングは、通信の秘密に最大限配慮したうえで、対象を必要最小限に限定して実施しています。

## 誤ってブロックされていると思われる場合

該当ページのアドレスを {{supportEmail}} までお知らせください。リストを管理する機関に確認を依頼いたします。`,
    },
    updates: [],
    related: ['unsolicited-bulk-email'],
  },

  {
    slug: 'new-spam-blocking-system',
    category: 'spam-abuse',
    importance: 'normal',
    status: 'published',
    publishedAt: '2008-06-02',
    title: {
      en: 'New spam blocking system',
      ja: '新しい迷惑メール対策システムの導入について',
    },
    summary: {
      en: 'From June 2, 2008, a new spam filter checks all incoming mail. Messages that look like spam are marked with [SPAM] at the start of the subject so you can sort them easily.',
      ja: '2008年6月2日より、受信するすべてのメールを新しい迷惑メールフィルターで判定しています。迷惑メールと判定されたメールは、件名の先頭に「[SPAM]」を付けてお届けします。',
    },
    body: {
      en: `## What's new

From Monday, June 2, 2008, a new spam filter checks every message sent to an \`@{{mailDomain}}\` address before it reaches your mailbox. The filter looks at where a message came from, how it was delivered and what it contains, and it is updated continually as spam changes.

The filter is free and works automatically for every mailbox. You don't need to apply.

## How spam is marked

Messages judged to be spam are not deleted. They are delivered to your mailbox with two marks:

- \`[SPAM]\` is added to the start of the subject line.
- The header \`X-Spam-Flag: YES\` is added.

For example, a message with the subject "Special offer" arrives as \`[SPAM] Special offer\`.

## Sorting spam into a folder

Most mail programs can move marked messages for you. Create a rule (sometimes called a filter or message rule) that moves messages whose subject contains \`[SPAM]\`, or whose headers contain \`X-Spam-Flag: YES\`, into a separate folder. Please look through that folder now and then, in case a genuine message was marked by mistake.

## Reporting mistakes

No filter is perfect. If a genuine message was marked as spam, or spam arrived without a mark, please let us know:

1. Forward the message to {{supportEmail}} as an attachment. Forwarding it as an attachment keeps the header information we need to investigate.
2. Write "False positive" or "Missed spam" in the subject.

We use your reports to make the filter more accurate. Please note that we can't reply to each report individually.`,
      ja: `## 概要

2008年6月2日（月）より、\`@{{mailDomain}}\` のメールアドレス宛てに届くすべてのメールを、新しい迷惑メールフィルターで判定しています。送信元の情報や配送経路、本文の特徴などから迷惑メールかどうかを判定し、判定基準は日々変化する迷惑メールの傾向にあわせて随時更新しています。

本サービスは無料で、すべてのメールボックスに自動で適用されます。お申し込みは不要です。

## 迷惑メールと判定されたメールの扱い

迷惑メールと判定されたメールも削除はせず、次の目印を付けてお届けします。

- 件名の先頭に \`[SPAM]\` を追加
- メールヘッダーに \`X-Spam-Flag: YES\` を追加

たとえば、件名が「特別ご優待のお知らせ」のメールは、\`[SPAM] 特別ご優待のお知らせ\` という件名で届きます。

## 迷惑メールを自動で振り分けるには

多くのメールソフトには、条件に合うメールを別のフォルダーへ移動する機能（振り分けルール、フィルターなど）があります。件名に \`[SPAM]\` を含むメール、またはヘッダーに \`X-Spam-Flag: YES\` を含むメールを、「迷惑メール」などのフォルダーに移動するよう設定しておくと便利です。必要なメールが誤って判定されることもあるため、振り分け先のフォルダーもときどきご確認ください。

## 誤判定のご報告

フィルターの判定は完全ではありません。通常のメールが迷惑メールと判定された場合や、迷惑メールに目印が付かなかった場合は、次の方法でお知らせください。

1. 該当のメールを、{{supportEmail}} 宛てに「添付ファイルとして転送」します。添付形式で転送すると、調査に必要なヘッダー情報がそのまま届きます。
2. 件名に「誤判定」または「迷惑メール見逃し」とご記入ください。

いただいたご報告は、フィルターの精度向上に役立てます。なお、ご報告への個別の回答はいたしかねますので、あらかじめご了承ください。`,
    },
    updates: [],
    related: ['unsolicited-bulk-email', 'outbound-port-25-blocking'],
  },

  {
    slug: 'unsolicited-bulk-email',
    category: 'spam-abuse',
    importance: 'normal',
    status: 'published',
    publishedAt: '2006-03-15',
    title: {
      en: 'Unsolicited bulk email',
      ja: '迷惑メール（未承諾の大量送信メール）について',
    },
    summary: {
      en: 'Our terms of service prohibit sending unsolicited bulk email. Here is how to recognize it, protect yourself and report it.',
      ja: '受信者の同意なく大量に送られるメールの送信は、会員規約で禁止しています。迷惑メールを受け取ったときの注意点と、ご報告の方法をご案内します。',
    },
    body: {
      en: `## What is unsolicited bulk email?

Unsolicited bulk email, often called spam, is mail sent in large numbers to people who never agreed to receive it. Common examples include:

- Advertising for products or websites you never signed up for
- Messages that pretend to come from a bank, online store or delivery company and ask you to sign in or enter card details (phishing)
- Messages with attachments or links that install viruses

## Sending it is prohibited

Our terms of service do not allow anyone to send unsolicited bulk email through the {{ispName}} network or mail servers. If we find that an account or connection is being used this way, we may issue a warning, stop it from sending mail, or suspend the service.

Sometimes a computer sends spam because it is infected with a virus, without its owner knowing. If we detect this, we will contact you and may limit sending until the computer has been cleaned. Keeping your operating system and security software up to date goes a long way toward preventing this.

## Protecting yourself

If you receive a suspicious message:

- Don't reply to it.
- Don't click any links in it, including "unsubscribe" links. Replies and clicks tell the sender that your address is active, which usually leads to even more spam.
- Don't open any attachments.
- Never enter a password or card details on a page you reached from such a message.

The safest thing to do is simply delete it.

## Reporting abuse

If you receive spam that seems to come from an {{ispName}} customer or from our network, please forward it as an attachment to {{supportEmail}} and write "Abuse report" in the subject. Forwarding it as an attachment keeps the original headers, which we need in order to trace where the message came from.`,
      ja: `## 迷惑メール（未承諾の大量送信メール）とは

受信者の同意を得ないまま、不特定多数に向けて大量に送りつけられるメールのことです。たとえば、次のようなものがあります。

- 申し込んだ覚えのない商品やサイトの広告
- 銀行、ショッピングサイト、配送業者などを装い、ログインやカード情報の入力を求めるメール（フィッシングメール）
- ウイルスを仕込んだ添付ファイルやリンクを含むメール

## 迷惑メールの送信は禁止しています

{{ispName}}の会員規約では、当社のネットワークやメールサーバーを利用した迷惑メールの送信を禁止しています。送信が確認された場合は、警告、メール送信の停止、サービスのご利用停止などの措置をとることがあります。

また、ウイルスに感染したパソコンが、持ち主の知らないうちに迷惑メールを送信しているケースもあります。当社で感染が疑われる送信を検知した場合は、お客さまにご連絡のうえ、駆除が完了するまで一時的に送信を制限することがあります。OSやセキュリティ対策ソフトは、常に最新の状態でお使いください。

## 迷惑メールを受け取ったときは

- 返信しないでください。
- 「配信停止」などを含め、本文中のリンクはクリックしないでください。返信やクリックをすると、そのメールアドレスが使われていることが送信者に伝わり、かえって迷惑メールが増える原因になります。
- 添付ファイルは開かないでください。
- メールから開いたページで、パスワードやカード情報を入力しないでください。

不審なメールは、そのまま削除するのが安全です。

## 不正な送信のご報告

{{ispName}}の会員や当社のネットワークから送られたと思われる迷惑メールを受け取った場合は、そのメールを添付ファイルとして {{supportEmail}} 宛てに転送し、件名に「迷惑メール報告」とご記入ください。送信元の調査には元のメールのヘッダー情報が必要なため、添付形式での転送にご協力をお願いいたします。`,
    },
    updates: [],
    related: ['new-spam-blocking-system', 'outbound-port-25-blocking'],
  },

  {
    slug: 'outbound-port-25-blocking',
    category: 'spam-abuse',
    importance: 'normal',
    status: 'published',
    publishedAt: '2005-01-01',
    title: {
      en: 'What is Outbound Port 25 Blocking?',
      ja: '迷惑メール対策「Outbound Port 25 Blocking（OP25B）」の実施について',
    },
    summary: {
      // The registry's statement of the policy (config/mail-service.demo.json), word for word.
      en: 'Since January 1, 2005, we have blocked connections from our internet services to port 25 of mail servers outside our network. To send mail, please use port 587 of our mail server with SMTP authentication.',
      ja: '2005年1月1日から、当社の接続サービスから当社以外のメールサーバーのポート25への接続を制限しています。メールの送信には、当社のメールサーバーのポート587（SMTP認証）をご利用ください。',
    },
    body: {
      en: `## What it is

Outbound Port 25 Blocking (OP25B) is a safeguard against spam. Since January 1, 2005, {{ispName}} has blocked connections from customers' internet connections to port \`25\` on mail servers outside our network.

## Why we block port 25

Port \`25\` is the port that mail servers use to hand messages to one another. Computers infected with viruses or other malware often use it to send large amounts of spam straight to other servers, without the owner ever knowing. Blocking these direct connections keeps our network from becoming a source of spam. It also keeps our addresses off spam blocklists, which helps mail from all of our customers get delivered.

## What is and isn't affected

| From your connection to... | Result |
| --- | --- |
| Our mail server \`{{mailHost}}\`, port \`465\` or \`587\`, with SMTP AUTH | Allowed |
| Our mail server \`{{mailHost}}\`, port \`25\` | Not blocked, but it no longer relays customers’ mail (since POP before SMTP ended on July 14, 2015) |
| A mail server on another network, port \`25\` | Blocked |
| Another provider's mail server, on its submission port (such as \`465\` or \`587\`) | Allowed |
| Receiving mail (POP3/IMAP) and webmail | Not affected |

## Sending with your {{ispName}} address

Set the outgoing server in your mail program to \`{{mailHost}}\`, with port \`465\` (SSL/TLS) or \`587\` (STARTTLS), and turn on SMTP AUTH. The setup guides walk you through this for each program.

## Sending with another provider's address

If you use an address from another provider, or from your workplace or school, over your {{ispName}} connection, set your mail program to send through that provider's own server. Use its submission port (usually \`587\` or \`465\`) with authentication turned on. The provider can tell you the exact settings. If it only accepts mail on port \`25\`, please ask the provider about other ways to send.

## If you run your own mail server

A mail server at your home or office can't deliver mail directly to other networks. Please set it up to relay outgoing mail through \`{{mailHost}}\` on port \`587\`, signing in with SMTP AUTH.`,
      ja: `## OP25Bとは

Outbound Port 25 Blocking（OP25B）は、迷惑メール対策の一つです。{{ispName}}では2005年1月1日より、お客さまのインターネット接続から、当社ネットワーク外のメールサーバーのポート番号 \`25\` への通信を遮断しています。

## ポート番号 25 を制限する理由

ポート番号 \`25\` は、メールサーバー同士がメールを受け渡すために使う番号です。ウイルスなどに感染したパソコンは、持ち主が気づかないうちに、このポートを使って外部のメールサーバーへ直接大量の迷惑メールを送りつけることがあります。この通信を遮断することで、当社のネットワークが迷惑メールの発信元になることを防ぎます。また、当社のIPアドレスが迷惑メール送信元のリストに登録されにくくなるため、お客さまのメールが相手に確実に届くことにもつながります。

## 影響の有無

| お客さまの接続からの通信先 | ご利用可否 |
| --- | --- |
| 当社の送信サーバー \`{{mailHost}}\` のポート番号 \`465\`・\`587\`（SMTP認証あり） | 利用できます |
| 当社の送信サーバー \`{{mailHost}}\` のポート番号 \`25\` | 遮断の対象外ですが、2015年7月14日のPOP before SMTP終了以降、お客さまのメールは中継していません |
| 他社ネットワークのメールサーバーのポート番号 \`25\` | 遮断されます |
| 他社メールサーバーの送信用ポート（\`465\`・\`587\` など） | 利用できます |
| メールの受信（POP3/IMAP）、Webメール | 影響はありません |

## {{ispName}}のメールアドレスで送信する場合

送信サーバーを \`{{mailHost}}\`、ポート番号を \`465\`（SSL/TLS）または \`587\`（STARTTLS）とし、SMTP認証を有効にしてください。詳しい手順は、各メールソフトの設定ガイドでご案内しています。

## 他社のメールアドレスで送信する場合

{{ispName}}の回線から、他のプロバイダーや勤務先・学校のメールアドレスで送信する場合は、そのメールサービスの送信サーバーを指定し、送信用のポート（一般的には \`587\` または \`465\`）と認証を設定してください。具体的な設定値は、各メールサービスの提供元にご確認ください。ポート番号 \`25\` での送信にしか対応していない場合は、提供元に別の送信方法をお問い合わせください。

## ご自身でメールサーバーを運用している場合

ご自宅や事務所に設置したメールサーバーから、外部へ直接メールを配送することはできません。\`{{mailHost}}\` のポート番号 \`587\` を経由し、SMTP認証を使って送信するよう設定してください。`,
    },
    updates: [],
    related: [
      'smtp-auth-replaces-pop-before-smtp',
      'encrypted-login-required-2022',
      'unsolicited-bulk-email',
    ],
  },

  {
    slug: 'pop-before-smtp-introduction',
    category: 'service-change',
    importance: 'normal',
    status: 'archived',
    publishedAt: '2003-12-24',
    title: {
      en: 'Introduction of POP before SMTP',
      ja: 'メール送信時の認証（POP before SMTP）導入のお知らせ',
    },
    summary: {
      en: 'Starting January 15, 2004, members connecting via ISDN, ADSL or FTTH will need to receive mail before sending it (POP before SMTP). We are also introducing APOP, which encrypts your password when you receive mail.',
      ja: '2004年1月15日より、ISDN・ADSL・FTTH接続のお客さまを対象に、メール送信の前に受信操作を必要とする「POP before SMTP」を導入します。あわせて、受信時のパスワードを暗号化できる「APOP」の提供を開始します。',
    },
    body: {
      en: `*This is an archived notice, kept for reference. POP before SMTP ended on July 14, 2015, and mail is now sent using SMTP AUTH.*

## Overview

On Thursday, January 15, 2004, we will upgrade the backbone network that serves our ISDN connections. From that day, POP before SMTP, which ADSL and FTTH members already use, will also apply to ISDN members. All members connecting via ISDN, ADSL or FTTH will then need to confirm who they are before sending mail.

Depending on your mail program, you may need to change a setting. Dial-up members are not affected and can keep their current settings.

## How POP before SMTP works

Before sending, your mail program checks for new mail. This signs you in to the incoming mail server (POP3) with your user name and password. For the next 15 minutes, you can send mail from the same connection. Many mail programs can do this for you automatically once the right option is turned on.

## Programs with setup instructions

We have prepared setup pages for these programs:

- Outlook Express 5 and 6
- Outlook 2000
- Becky! Internet Mail version 2
- PostPet for Windows version 3

## If your program can't do this automatically

With other programs, please send mail as follows:

1. Write your message.
2. Check for new mail. It doesn't matter if nothing arrives.
3. Send your message within 15 minutes.

If sending fails, your message is not lost. It stays in your mail program (for example, in the Outbox), so there is no need to write it again. Just check for new mail once more and send it again.

## APOP for receiving mail

We are also introducing APOP, which encrypts your password when your mail program signs in to receive mail. If your program supports APOP, you can turn it on by following the instructions in its manual.

## Questions

If you have any questions, please contact us at {{supportEmail}}.`,
      ja: `*このお知らせは過去の掲載内容（バックナンバー）です。POP before SMTPは2015年7月14日に提供を終了しており、現在はSMTP認証（SMTP AUTH）でメールを送信いただいています。*

## 概要

{{ispName}}では、ISDN接続の通信環境を改善するため、2004年1月15日（木）にバックボーンの更改を行います。これにあわせて、すでにADSL・FTTH接続のお客さまにご利用いただいている「POP before SMTP」を、ISDN接続のお客さまにも導入いたします。同日以降、ISDN・ADSL・FTTH接続のすべてのお客さまは、メール送信時に認証が必要となります。

ご利用のメールソフトによっては、設定の変更が必要です。なお、ダイヤルアップ接続のお客さまは、現在の設定のままご利用いただけます。

## POP before SMTPの仕組み

メールを送信する前に受信操作を行い、受信サーバー（POP3）でユーザー名とパスワードによる認証を受けていただく方式です。認証に成功すると、その後15分間はメールを送信できます。メールソフトによっては、設定をしておけばこの操作を自動で行えます。

## 設定方法をご案内しているメールソフト

以下のメールソフトについては、設定方法のページをご用意しています。

- Outlook Express 5/6
- Outlook 2000
- Becky! Internet Mail Ver.2
- PostPet for Windows Ver.3

## 自動で受信操作ができないメールソフトをお使いの場合

上記以外のメールソフトでは、次の手順で送信してください。

1. 送信するメールを作成します。
2. メールの受信操作を行います（新着メールがなくても構いません）。
3. 受信操作から15分以内にメールを送信します。

送信に失敗しても、作成したメールは送信トレイなどに残っています。書き直す必要はありませんので、もう一度受信操作を行ってから送信してください。

## APOPの導入について

あわせて、メール受信時のパスワードを暗号化して送る「APOP」の提供も開始します。APOPに対応したメールソフトをお使いの場合は、各メールソフトのマニュアルをご参照のうえ、設定してご利用ください。

## お問い合わせ

ご不明な点は、{{supportEmail}} までお問い合わせください。`,
    },
    updates: [
      {
        date: '2015-07-14',
        note: {
          en: 'POP before SMTP has ended. This notice is kept as an archive for reference.',
          ja: 'POP before SMTPの提供終了に伴い、本お知らせをバックナンバーとして掲載しています。',
        },
      },
    ],
    related: ['smtp-auth-replaces-pop-before-smtp'],
  },
];
