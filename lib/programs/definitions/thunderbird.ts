import type { ProgramDef } from '../program-model';

/**
 * Thunderbird (ESR 140, and 128 where noted). Route: Account Settings → the account's Server Settings
 * page for incoming mail, and Outgoing Server (「送信 (SMTP) サーバー」 up to 128) → Edit… for the SMTP
 * server. Every label is taken from Thunderbird's own translation files (ja: thunderbird-l10n, en:
 * comm-central), without the trailing colons. When Connection security changes, Thunderbird swaps the
 * port only if it holds the other mode's default (110↔995, 143↔993, 587↔465), so it is chosen first.
 */
export const thunderbird: ProgramDef = {
  id: 'thunderbird',
  name: { ja: 'Thunderbird', en: 'Thunderbird' },
  guide: 'thunderbird',
  versions: { ja: 'Thunderbird 128・140 以降', en: 'Thunderbird 128, 140 and later' },
  sources: [
    {
      id: 'tb-ja-server',
      url: 'https://github.com/thunderbird/thunderbird-l10n/blob/main/ja/mail/chrome/messenger/am-server-top.dtd',
      language: 'ja',
      kind: 'program-strings',
    },
    {
      id: 'tb-ja-smtp',
      url: 'https://github.com/thunderbird/thunderbird-l10n/blob/main/ja/mail/chrome/messenger/smtpEditOverlay.dtd',
      language: 'ja',
      kind: 'program-strings',
    },
    {
      id: 'tb-ja-auth',
      url: 'https://github.com/thunderbird/thunderbird-l10n/blob/main/ja/mail/chrome/messenger/messenger.properties',
      language: 'ja',
      kind: 'program-strings',
    },
    {
      id: 'tb-ja-account-manager',
      url: 'https://github.com/thunderbird/thunderbird-l10n/blob/main/ja/mail/messenger/accountManager.ftl',
      language: 'ja',
      kind: 'program-strings',
    },
    {
      id: 'tb-en-server',
      url: 'https://github.com/mozilla/releases-comm-central/blob/master/mail/locales/en-US/chrome/messenger/am-server-top.dtd',
      language: 'en',
      kind: 'program-strings',
    },
    {
      id: 'tb-en-smtp',
      url: 'https://github.com/mozilla/releases-comm-central/blob/master/mail/locales/en-US/chrome/messenger/smtpEditOverlay.dtd',
      language: 'en',
      kind: 'program-strings',
    },
    {
      id: 'tb-en-auth',
      url: 'https://github.com/mozilla/releases-comm-central/blob/master/mail/locales/en-US/chrome/messenger/messenger.properties',
      language: 'en',
      kind: 'program-strings',
    },
    {
      id: 'tb-en-account-manager',
      url: 'https://github.com/mozilla/releases-comm-central/blob/master/mail/locales/en-US/messenger/accountManager.ftl',
      language: 'en',
      kind: 'program-strings',
    },
  ],
  screens: [
    {
      id: 'server-settings',
      title: { ja: 'サーバー設定', en: 'Server Settings' },
      path: {
        ja: '「≡」メニュー（またはメニューバーの「ツール」）→「アカウント設定」→ 左の一覧でアカウントの下の「サーバー設定」',
        en: '≡ menu (or Tools in the menu bar) → Account Settings → Server Settings under the account in the list on the left',
      },
      verified: true,
      source: ['tb-ja-server', 'tb-en-server'],
      save: {
        ja: '「アカウント設定」のタブを閉じます（サーバー名を変えたときは、Thunderbird を再起動します）。',
        en: 'Close the Account Settings tab (after changing the server name, restart Thunderbird).',
      },
      tabs: [
        {
          id: 'main',
          label: null,
          controls: [
            {
              id: 'incoming-server',
              label: { ja: 'サーバー名', en: 'Server Name' },
              kind: 'text',
              field: 'incoming.server',
              note: {
                ja: 'サーバー名の変更は、Thunderbird を再起動すると有効になります。',
                en: 'A new server name takes effect after Thunderbird restarts.',
              },
              verified: true,
              source: ['tb-ja-server', 'tb-en-server', 'tb-ja-account-manager', 'tb-en-account-manager'],
            },
            {
              id: 'incoming-port',
              label: { ja: 'ポート', en: 'Port' },
              kind: 'number',
              field: 'incoming.port',
              verified: true,
              source: ['tb-ja-server', 'tb-en-server'],
            },
            {
              id: 'incoming-security',
              label: { ja: '接続の保護', en: 'Connection security' },
              kind: 'dropdown',
              field: 'incoming.security',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'starttls', label: { ja: 'STARTTLS', en: 'STARTTLS' } },
                { value: 'ssl', label: { ja: 'SSL/TLS', en: 'SSL/TLS' } },
              ],
              values: { none: 'none', starttls: 'starttls', tls: 'ssl' },
              setBefore: 'incoming-port',
              note: {
                ja: '選び直すと、ポート番号が標準の値（110 と 995、143 と 993）のときは自動で書き換わります。そのあとでポート番号を確かめます。',
                en: 'When the port holds a standard number (110 or 995, 143 or 993), choosing again rewrites it; check the port afterwards.',
              },
              verified: true,
              source: ['tb-ja-server', 'tb-en-server'],
            },
            {
              id: 'incoming-auth',
              label: { ja: '認証方式', en: 'Authentication method' },
              kind: 'dropdown',
              field: 'incoming.auth',
              options: [
                { value: 'normal', label: { ja: '通常のパスワード認証', en: 'Normal password' } },
                { value: 'encrypted', label: { ja: '暗号化されたパスワード認証', en: 'Encrypted password' } },
                { value: 'kerberos', label: { ja: 'Kerberos / GSSAPI', en: 'Kerberos / GSSAPI' } },
                { value: 'ntlm', label: { ja: 'NTLM', en: 'NTLM' } },
                { value: 'external', label: { ja: 'TLS 証明書', en: 'TLS Certificate' } },
              ],
              // Thunderbird's "Encrypted password" is CRAM-MD5, and APOP for POP3.
              values: {
                password: 'normal',
                'encrypted-password': 'encrypted',
                'cram-md5': 'encrypted',
                apop: 'encrypted',
              },
              note: {
                ja: '「接続の保護」が「なし」のとき、「通常のパスワード認証」は「平文のパスワード認証 (安全でない)」と表示されます。',
                en: 'When Connection security is None, “Normal password” is shown as “Password, transmitted insecurely”.',
              },
              verified: true,
              source: ['tb-ja-server', 'tb-en-server', 'tb-ja-auth', 'tb-en-auth'],
            },
          ],
        },
      ],
    },
    {
      id: 'smtp-server',
      title: { ja: '送信 (SMTP) サーバー', en: 'SMTP Server' },
      path: {
        ja: '「アカウント設定」の左の一覧のいちばん下の「送信サーバー」（Thunderbird 128 以前は「送信 (SMTP) サーバー」）→ サーバーを選び「編集...」',
        en: 'Account Settings → Outgoing Server (Outgoing Server (SMTP) in Thunderbird 128 and earlier) at the bottom of the list on the left → select the server → Edit…',
      },
      verified: true,
      source: ['tb-ja-smtp', 'tb-en-smtp', 'tb-ja-account-manager', 'tb-en-account-manager'],
      save: { ja: '「OK」をクリックします。', en: 'Click OK.' },
      tabs: [
        {
          id: 'main',
          label: null,
          controls: [
            {
              id: 'outgoing-server',
              label: { ja: 'サーバー名', en: 'Server Name' },
              kind: 'text',
              field: 'outgoing.server',
              verified: true,
              source: ['tb-ja-smtp', 'tb-en-smtp'],
            },
            {
              id: 'outgoing-port',
              label: { ja: 'ポート番号', en: 'Port' },
              kind: 'number',
              field: 'outgoing.port',
              verified: true,
              source: ['tb-ja-smtp', 'tb-en-smtp'],
            },
            {
              id: 'outgoing-security',
              label: { ja: '接続の保護', en: 'Connection security' },
              kind: 'dropdown',
              field: 'outgoing.security',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'starttls', label: { ja: 'STARTTLS', en: 'STARTTLS' } },
                { value: 'ssl', label: { ja: 'SSL/TLS', en: 'SSL/TLS' } },
              ],
              values: { none: 'none', starttls: 'starttls', tls: 'ssl' },
              setBefore: 'outgoing-port',
              note: {
                ja: '選び直すと、ポート番号が 587 または 465 のときは自動で書き換わります。そのあとでポート番号を確かめます。',
                en: 'When the port is 587 or 465, choosing again rewrites it; check the port afterwards.',
              },
              verified: true,
              source: ['tb-ja-smtp', 'tb-en-smtp'],
            },
            {
              id: 'outgoing-auth',
              label: { ja: '認証方式', en: 'Authentication method' },
              kind: 'dropdown',
              field: 'outgoing.auth',
              options: [
                { value: 'none', label: { ja: '認証なし', en: 'No authentication' } },
                { value: 'normal', label: { ja: '通常のパスワード認証', en: 'Normal password' } },
                { value: 'encrypted', label: { ja: '暗号化されたパスワード認証', en: 'Encrypted password' } },
                { value: 'kerberos', label: { ja: 'Kerberos / GSSAPI', en: 'Kerberos / GSSAPI' } },
                { value: 'ntlm', label: { ja: 'NTLM', en: 'NTLM' } },
                { value: 'external', label: { ja: 'TLS 証明書', en: 'TLS Certificate' } },
              ],
              values: { on: 'normal', 'same-as-incoming': 'normal', off: 'none', 'pop-before-smtp': 'none' },
              note: {
                ja: '「接続の保護」が「なし」のとき、「通常のパスワード認証」は「平文のパスワード認証 (安全でない)」と表示されます。',
                en: 'When Connection security is None, “Normal password” is shown as “Password, transmitted insecurely”.',
              },
              verified: true,
              source: ['tb-ja-smtp', 'tb-en-smtp', 'tb-ja-auth', 'tb-en-auth'],
            },
          ],
        },
      ],
    },
  ],
};
