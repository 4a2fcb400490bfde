import type { ProgramDef } from '../program-model';

/**
 * Classic Outlook for Windows: 2016, 2019, 2021 and Microsoft 365 (the "Outlook" app that is not the
 * new Outlook). Route: the classic "Change Account" dialog and its "More Settings" tabs, which every
 * build still has and which alone shows the outgoing server's authentication (the simplified "POP
 * Account Settings" pane of recent builds does not). Labels without the access keys ("(O)").
 */
export const outlook: ProgramDef = {
  id: 'outlook',
  name: {
    ja: 'Outlook（2016 / 2019 / 2021 / Microsoft 365）',
    en: 'Outlook (2016 / 2019 / 2021 / Microsoft 365)',
  },
  guide: 'outlook',
  versions: {
    ja: 'Outlook 2016・2019・2021、Microsoft 365 の Outlook（新しい Outlook を除く）',
    en: 'Outlook 2016, 2019, 2021 and Outlook in Microsoft 365 (not the new Outlook)',
  },
  sources: [
    {
      id: 'ms-change',
      url: 'https://support.microsoft.com/en-us/office/change-or-update-email-account-settings-in-outlook-for-windows-560a9065-3c3a-4ec5-a24f-cdb9a8d622a2',
      language: 'en',
      kind: 'vendor',
    },
    {
      id: 'xserver-ol2016',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_ol2016.php',
      language: 'ja',
      kind: 'isp-guide',
    },
    {
      id: 'xserver-ol2019',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_ol2019.php',
      language: 'ja',
      kind: 'isp-guide',
    },
  ],
  screens: [
    {
      id: 'change-account',
      savedBy: 'internet-email-settings',
      title: { ja: 'アカウントの変更', en: 'Change Account' },
      path: {
        ja: '「ファイル」→「アカウント設定」→「アカウント設定」→「メール」タブでアカウントを選び「変更」',
        en: 'File → Account Settings → Account Settings → Email tab, select the account → Change',
      },
      verified: true,
      source: ['xserver-ol2016', 'ms-change'],
      save: {
        ja: '「次へ」をクリックし、テストが終わったら「完了」をクリックします。',
        en: 'Click Next, and when the test has finished, click Done.',
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
              source: ['xserver-ol2016', 'ms-change'],
            },
            {
              id: 'outgoing-server',
              label: { ja: '送信メール サーバー (SMTP)', en: 'Outgoing mail server (SMTP)' },
              kind: 'text',
              field: 'outgoing.server',
              verified: true,
              source: ['xserver-ol2016', 'ms-change'],
            },
            {
              id: 'spa',
              label: {
                ja: 'セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要',
                en: 'Require logon using Secure Password Authentication (SPA)',
              },
              kind: 'checkbox',
              field: 'incoming.auth',
              values: { password: 'off', 'encrypted-password': 'on', apop: 'off', 'cram-md5': 'off' },
              verified: true,
              source: ['xserver-ol2019'],
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
      verified: true,
      source: ['xserver-ol2016', 'ms-change'],
      save: {
        ja: '「OK」をクリックします。「アカウントの変更」に戻ったら「次へ」をクリックし、テストが終わったら「完了」をクリックします。',
        en: 'Click OK. Back in “Change Account”, click Next, and when the test has finished, click Done.',
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
              source: ['xserver-ol2016'],
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
              verified: false,
              source: ['xserver-ol2019'],
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
              verified: false,
              source: ['ms-change'],
            },
            {
              id: 'incoming-ssl-pop3',
              label: {
                ja: 'このサーバーでは暗号化された接続 (SSL/TLS) が必要',
                en: 'This server requires an encrypted connection (SSL/TLS)',
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
              verified: false,
              source: ['xserver-ol2019'],
            },
            {
              id: 'incoming-port-imap',
              label: { ja: '受信サーバー (IMAP)', en: 'Incoming server (IMAP)' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'imap',
              verified: true,
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
                { value: 'ssl', label: { ja: 'SSL/TLS', en: 'SSL/TLS' } },
                { value: 'starttls', label: { ja: 'STARTTLS', en: 'STARTTLS' } },
                { value: 'auto', label: { ja: '自動', en: 'Auto' } },
              ],
              values: { none: 'none', tls: 'ssl', starttls: 'starttls' },
              setBefore: 'incoming-port-imap',
              verified: false,
              source: ['ms-change'],
            },
            {
              id: 'outgoing-port',
              label: { ja: '送信サーバー (SMTP)', en: 'Outgoing server (SMTP)' },
              kind: 'number',
              field: 'outgoing.port',
              verified: true,
              source: ['ms-change'],
            },
            {
              id: 'outgoing-encryption',
              label: { ja: '使用する暗号化接続の種類', en: 'Use the following type of encrypted connection' },
              kind: 'dropdown',
              field: 'outgoing.security',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'ssl', label: { ja: 'SSL/TLS', en: 'SSL/TLS' } },
                { value: 'starttls', label: { ja: 'STARTTLS', en: 'STARTTLS' } },
                { value: 'auto', label: { ja: '自動', en: 'Auto' } },
              ],
              values: { none: 'none', tls: 'ssl', starttls: 'starttls' },
              setBefore: 'outgoing-port',
              note: {
                ja: '暗号化の種類を選ぶとポート番号が書き換わることがあるため、先に選んでからポート番号を入力します。',
                en: 'Choosing the type can rewrite the port number, so choose it first and type the port after.',
              },
              verified: false,
              source: ['ms-change'],
            },
          ],
        },
      ],
    },
  ],
};
