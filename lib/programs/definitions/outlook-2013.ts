import type { ProgramDef } from '../program-model';

/**
 * Outlook 2010 and 2013 for Windows. Route: File → Account Settings → the classic "Change Account"
 * dialog and its "More Settings" tabs (Outgoing Server, Advanced). Its own definition because the
 * labels differ from 2016+: the POP checkbox says 「…暗号化された接続 (SSL) が必要」 and the encryption
 * dropdown offers なし / SSL / TLS / 自動, where "SSL" is implicit TLS (465) and "TLS" is STARTTLS (587).
 * Labels without the access keys ("(O)").
 */
export const outlook2013: ProgramDef = {
  id: 'outlook-2013',
  name: { ja: 'Outlook 2010 / 2013', en: 'Outlook 2010 / 2013' },
  guide: 'outlook-2013',
  versions: { ja: 'Outlook 2010・2013（Windows）', en: 'Outlook 2010 and 2013 for Windows' },
  sources: [
    {
      id: 'xserver-ol2013',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_ol2013.php',
      language: 'ja',
      kind: 'isp-guide',
    },
    {
      id: 'ms-change',
      url: 'https://support.microsoft.com/en-us/office/change-or-update-email-account-settings-in-outlook-for-windows-560a9065-3c3a-4ec5-a24f-cdb9a8d622a2',
      language: 'en',
      kind: 'vendor',
    },
    {
      id: 'rackspace-outlook',
      url: 'https://docs.rackspace.com/support/how-to/configure-a-renamed-email-address-on-outlook-for-windows',
      language: 'en',
      kind: 'isp-guide',
    },
    {
      id: 'ms-learn-smtp-secure-ja',
      url: 'https://learn.microsoft.com/ja-jp/office/client-developer/outlook/auxiliary/prop_smtp_secure_connection',
      language: 'ja',
      kind: 'vendor',
    },
    {
      id: 'ms-learn-smtp-secure-en',
      url: 'https://learn.microsoft.com/en-us/office/client-developer/outlook/auxiliary/prop_smtp_secure_connection',
      language: 'en',
      kind: 'vendor',
    },
    {
      id: 'sorayori',
      url: 'https://it.sorayori.com/gmailsetting',
      language: 'ja',
      kind: 'third-party',
    },
    {
      id: 'jabsto-ol2013',
      url: 'http://jabsto.com/Tutorial/topic-26/Microsoft-Outlook-2013-38.html',
      language: 'en',
      kind: 'third-party',
    },
  ],
  screens: [
    {
      id: 'change-account',
      savedBy: 'internet-email-settings',
      title: { ja: 'アカウントの変更', en: 'Change Account' },
      path: {
        ja: '「ファイル」タブ →「情報」→「アカウント設定」→「アカウント設定」→「電子メール」タブでアカウントを選び「変更」',
        en: 'File tab → Info → Account Settings → Account Settings → E-mail tab, select the account → Change',
      },
      // The path is verified in both languages; the dialog's Japanese title is not.
      verified: false,
      source: ['xserver-ol2013', 'ms-change'],
      save: {
        ja: '「次へ」をクリックし、テストが終わったら「完了」をクリックします。',
        en: 'Click Next, and when the test has finished, click Finish.',
      },
      tabs: [
        {
          id: 'main',
          label: null,
          controls: [
            {
              id: 'incoming-server',
              label: { ja: '受信メール サーバー', en: 'Incoming mail server' },
              kind: 'text',
              field: 'incoming.server',
              verified: true,
              source: ['xserver-ol2013', 'ms-change'],
            },
            {
              id: 'outgoing-server',
              label: { ja: '送信メール サーバー (SMTP)', en: 'Outgoing mail server (SMTP)' },
              kind: 'text',
              field: 'outgoing.server',
              verified: true,
              source: ['xserver-ol2013', 'ms-change'],
            },
            {
              id: 'spa',
              label: {
                ja: 'メール サーバーがセキュリティで保護されたパスワード認証 (SPA) に対応している場合には、チェック ボックスをオンにしてください',
                en: 'Require logon using Secure Password Authentication (SPA)',
              },
              kind: 'checkbox',
              field: 'incoming.auth',
              values: { password: 'off', 'encrypted-password': 'on', apop: 'off', 'cram-md5': 'off' },
              verified: false,
              source: ['xserver-ol2013'],
            },
          ],
        },
      ],
    },
    {
      id: 'internet-email-settings',
      title: { ja: 'インターネット電子メール設定', en: 'Internet E-mail Settings' },
      path: {
        ja: '「アカウントの変更」で「詳細設定」',
        en: 'In “Change Account”, More Settings',
      },
      // The Japanese title is verified; the English one is not quoted by the sources.
      verified: false,
      source: ['xserver-ol2013', 'ms-change'],
      save: {
        ja: '「OK」をクリックします。「アカウントの変更」に戻ったら「次へ」をクリックし、テストが終わったら「完了」をクリックします。',
        en: 'Click OK. Back in “Change Account”, click Next, and when the test has finished, click Finish.',
      },
      tabs: [
        {
          id: 'outgoing-server',
          label: { ja: '送信サーバー', en: 'Outgoing Server' },
          controls: [
            {
              id: 'smtp-auth',
              label: {
                ja: '送信サーバー (SMTP) は認証が必要',
                en: 'My outgoing server (SMTP) requires authentication',
              },
              kind: 'checkbox',
              field: 'outgoing.auth',
              values: { on: 'on', 'same-as-incoming': 'on', 'pop-before-smtp': 'on', off: 'off' },
              verified: true,
              source: ['xserver-ol2013', 'rackspace-outlook'],
            },
            {
              id: 'smtp-auth-method',
              label: { ja: '送信サーバー (SMTP) の認証方法', en: 'How the outgoing server signs in' },
              kind: 'radio',
              field: 'outgoing.auth',
              options: [
                {
                  value: 'same',
                  label: {
                    ja: '受信メール サーバーと同じ設定を使用する',
                    en: 'Use same settings as my incoming mail server',
                  },
                },
                {
                  value: 'logon',
                  label: { ja: '次のアカウントとパスワードでログオンする', en: 'Log on using' },
                },
                {
                  value: 'pop-before',
                  label: {
                    ja: 'メールを送信する前に受信メール サーバーにログオンする',
                    en: 'Log on to incoming mail server before sending mail',
                  },
                },
              ],
              values: { on: 'same', 'same-as-incoming': 'same', 'pop-before-smtp': 'pop-before' },
              // The first option is verified in both languages; the other two only in a replica of the dialog.
              verified: false,
              source: ['xserver-ol2013', 'rackspace-outlook'],
            },
          ],
        },
        {
          id: 'advanced',
          label: { ja: '詳細設定', en: 'Advanced' },
          controls: [
            {
              id: 'incoming-port-pop3',
              label: { ja: '受信サーバー (POP3)', en: 'Incoming server (POP3)' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'pop3',
              verified: true,
              source: ['xserver-ol2013', 'ms-change'],
            },
            {
              id: 'incoming-ssl-pop3',
              label: {
                ja: 'このサーバーは暗号化された接続 (SSL) が必要',
                en: 'This server requires an encrypted connection (SSL)',
              },
              kind: 'checkbox',
              field: 'incoming.security',
              protocol: 'pop3',
              values: { tls: 'on', none: 'off', starttls: 'off' },
              setBefore: 'incoming-port-pop3',
              note: {
                ja: 'チェックを入れると、受信サーバーのポート番号が自動で 995 に変わります。',
                en: 'Ticking it changes the incoming port to 995 by itself.',
              },
              verified: true,
              source: ['xserver-ol2013', 'jabsto-ol2013'],
            },
            {
              id: 'incoming-port-imap',
              label: { ja: '受信サーバー (IMAP)', en: 'Incoming server (IMAP)' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'imap',
              // Only the POP3 form of the Japanese label is quoted by the sources.
              verified: false,
              source: ['ms-change'],
            },
            {
              id: 'incoming-encryption-imap',
              label: { ja: '使用する暗号化接続の種類', en: 'Use the following type of encrypted connection' },
              kind: 'dropdown',
              field: 'incoming.security',
              protocol: 'imap',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'ssl', label: { ja: 'SSL', en: 'SSL' } },
                { value: 'tls', label: { ja: 'TLS', en: 'TLS' } },
                { value: 'auto', label: { ja: '自動', en: 'Auto' } },
              ],
              values: { none: 'none', tls: 'ssl', starttls: 'tls' },
              setBefore: 'incoming-port-imap',
              note: {
                ja: 'この一覧の「SSL」は SSL/TLS、「TLS」は STARTTLS のことです。種類を選ぶとポート番号が書き換わることがあるため、先に選んでからポート番号を入力します。',
                en: 'In this list “SSL” means SSL/TLS and “TLS” means STARTTLS. Choosing the type can rewrite the port number, so choose it first and type the port after.',
              },
              verified: false,
              source: ['rackspace-outlook', 'ms-learn-smtp-secure-ja', 'ms-learn-smtp-secure-en'],
            },
            {
              id: 'outgoing-port',
              label: { ja: '送信サーバー (SMTP)', en: 'Outgoing server (SMTP)' },
              kind: 'number',
              field: 'outgoing.port',
              verified: true,
              source: ['xserver-ol2013', 'ms-change'],
            },
            {
              id: 'outgoing-encryption',
              label: { ja: '使用する暗号化接続の種類', en: 'Use the following type of encrypted connection' },
              kind: 'dropdown',
              field: 'outgoing.security',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'ssl', label: { ja: 'SSL', en: 'SSL' } },
                { value: 'tls', label: { ja: 'TLS', en: 'TLS' } },
                { value: 'auto', label: { ja: '自動', en: 'Auto' } },
              ],
              values: { none: 'none', tls: 'ssl', starttls: 'tls' },
              setBefore: 'outgoing-port',
              note: {
                ja: 'この一覧の「SSL」は SSL/TLS（ポート 465）、「TLS」は STARTTLS（ポート 587）のことです。種類を選ぶとポート番号が書き換わることがあるため、先に選んでからポート番号を入力します。',
                en: 'In this list “SSL” means SSL/TLS (port 465) and “TLS” means STARTTLS (port 587). Choosing the type can rewrite the port number, so choose it first and type the port after.',
              },
              // The label is verified in both languages; the options なし and 自動 (ja), "TLS" and "Auto" (en) are not.
              verified: false,
              source: [
                'xserver-ol2013',
                'sorayori',
                'ms-change',
                'rackspace-outlook',
                'ms-learn-smtp-secure-ja',
              ],
            },
          ],
        },
      ],
    },
  ],
};
