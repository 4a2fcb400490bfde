import type { ProgramDef } from '../program-model';

/**
 * Mail on the Mac (macOS 13 Ventura and later; 「環境設定…」 in place of 「設定…」 on macOS 12 and
 * earlier). Route: Mail → Settings… → Accounts → the account → Server Settings tab, which has a section
 * for the incoming and one for the outgoing server (modelled as two tabs of one screen). In each section
 * 「接続設定を自動的に管理」 must be unticked before the port, TLS/SSL and authentication can be changed.
 * Mail has no STARTTLS choice: with 「TLS/SSLを使用」 ticked it uses STARTTLS on port 587.
 */
export const appleMail: ProgramDef = {
  id: 'apple-mail',
  name: { ja: 'Mac のメール', en: 'Mail on Mac' },
  guide: 'apple-mail',
  versions: {
    ja: 'macOS 13 Ventura 以降のメール（macOS 12 以前は「設定…」が「環境設定…」）',
    en: 'Mail in macOS 13 Ventura and later (Preferences… in place of Settings… on macOS 12 and earlier)',
  },
  sources: [
    {
      id: 'apple-auto-manage-ja',
      url: 'https://support.apple.com/ja-jp/HT204208',
      language: 'ja',
      kind: 'vendor',
    },
    {
      id: 'apple-server-settings-en',
      url: 'https://support.apple.com/en-euro/guide/mail/cpmlprefacctadv/15.0/mac/12.0',
      language: 'en',
      kind: 'vendor',
    },
    {
      id: 'apple-outgoing-en',
      url: 'https://support.apple.com/en-az/guide/mail/change-outgoing-server-settings-cpmlprefsmtpserver/15.0/mac/12.0',
      language: 'en',
      kind: 'vendor',
    },
    {
      id: 'xserver-mac',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_mac_osx.php',
      language: 'ja',
      kind: 'isp-guide',
    },
    {
      id: 'xserver-mac-plain',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_mac_osx_not.php',
      language: 'ja',
      kind: 'isp-guide',
    },
    {
      id: 'biglobe-smtp',
      url: 'https://support.biglobe.ne.jp/settei/mailer/smtp.html',
      language: 'ja',
      kind: 'isp-guide',
    },
  ],
  screens: [
    {
      id: 'server-settings',
      title: { ja: 'サーバ設定', en: 'Server Settings' },
      path: {
        ja: 'メニューバーの「メール」→「設定…」→「アカウント」→ アカウントを選び「サーバ設定」タブ',
        en: 'Mail → Settings… in the menu bar → Accounts → select the account → Server Settings tab',
      },
      verified: true,
      source: ['apple-auto-manage-ja', 'apple-server-settings-en'],
      save: { ja: '「保存」をクリックします。', en: 'Click Save.' },
      tabs: [
        {
          id: 'incoming',
          label: { ja: '受信用メールサーバ', en: 'Incoming Mail Server' },
          controls: [
            {
              id: 'incoming-host',
              label: { ja: 'ホスト名', en: 'Host Name' },
              kind: 'text',
              field: 'incoming.server',
              verified: false,
              source: ['apple-server-settings-en'],
            },
            {
              id: 'incoming-auto-manage',
              label: { ja: '接続設定を自動的に管理', en: 'Automatically manage connection settings' },
              kind: 'checkbox',
              requiredState: 'off',
              note: {
                ja: 'チェックを外すと「ポート」などの項目が表示されます。この項目がないアカウントは、メールが自動で設定を管理しているため変更できません。',
                en: 'Unticking it shows Port and the other fields. An account without this option is always managed by Mail and cannot be changed here.',
              },
              verified: true,
              source: ['apple-auto-manage-ja', 'apple-server-settings-en'],
            },
            {
              id: 'incoming-port',
              label: { ja: 'ポート', en: 'Port' },
              kind: 'number',
              field: 'incoming.port',
              verified: false,
              source: ['xserver-mac', 'apple-server-settings-en'],
            },
            {
              id: 'incoming-tls',
              label: { ja: 'TLS/SSLを使用', en: 'Use TLS/SSL' },
              kind: 'checkbox',
              field: 'incoming.security',
              values: { tls: 'on', starttls: 'on', none: 'off' },
              verified: false,
              source: ['xserver-mac'],
            },
            {
              id: 'incoming-auth',
              label: { ja: '認証', en: 'Authentication' },
              kind: 'dropdown',
              field: 'incoming.auth',
              options: [
                { value: 'password', label: { ja: 'パスワード', en: 'Password' } },
                { value: 'md5', label: { ja: 'MD5チャレンジレスポンス', en: 'MD5 Challenge-Response' } },
                { value: 'ntlm', label: { ja: 'NTLM', en: 'NTLM' } },
                {
                  value: 'kerberos',
                  label: { ja: 'Kerberos バージョン5 (GSSAPI)', en: 'Kerberos Version 5 (GSSAPI)' },
                },
                { value: 'none', label: { ja: 'なし', en: 'None' } },
              ],
              values: { password: 'password', 'encrypted-password': 'md5', 'cram-md5': 'md5' },
              verified: false,
              source: ['xserver-mac', 'biglobe-smtp', 'apple-auto-manage-ja'],
            },
          ],
        },
        {
          id: 'outgoing',
          label: { ja: '送信用メールサーバ (SMTP)', en: 'Outgoing Mail Server (SMTP)' },
          controls: [
            {
              id: 'outgoing-host',
              label: { ja: 'ホスト名', en: 'Host Name' },
              kind: 'text',
              field: 'outgoing.server',
              verified: false,
              source: ['apple-outgoing-en'],
            },
            {
              id: 'outgoing-auto-manage',
              label: { ja: '接続設定を自動的に管理', en: 'Automatically manage connection settings' },
              kind: 'checkbox',
              requiredState: 'off',
              note: {
                ja: 'チェックを外すと「ポート」などの項目が表示されます。この項目がないアカウントは、メールが自動で設定を管理しているため変更できません。',
                en: 'Unticking it shows Port and the other fields. An account without this option is always managed by Mail and cannot be changed here.',
              },
              verified: true,
              source: ['apple-auto-manage-ja', 'apple-outgoing-en'],
            },
            {
              id: 'outgoing-port',
              label: { ja: 'ポート', en: 'Port' },
              kind: 'number',
              field: 'outgoing.port',
              verified: false,
              source: ['xserver-mac', 'apple-outgoing-en'],
            },
            {
              id: 'outgoing-tls',
              label: { ja: 'TLS/SSLを使用', en: 'Use TLS/SSL' },
              kind: 'checkbox',
              field: 'outgoing.security',
              values: { tls: 'on', starttls: 'on', none: 'off' },
              verified: false,
              source: ['xserver-mac'],
            },
            {
              id: 'outgoing-auth',
              label: { ja: '認証', en: 'Authentication' },
              kind: 'dropdown',
              field: 'outgoing.auth',
              options: [
                { value: 'password', label: { ja: 'パスワード', en: 'Password' } },
                { value: 'md5', label: { ja: 'MD5チャレンジレスポンス', en: 'MD5 Challenge-Response' } },
                { value: 'ntlm', label: { ja: 'NTLM', en: 'NTLM' } },
                {
                  value: 'kerberos',
                  label: { ja: 'Kerberos バージョン5 (GSSAPI)', en: 'Kerberos Version 5 (GSSAPI)' },
                },
                { value: 'none', label: { ja: 'なし', en: 'None' } },
              ],
              values: {
                on: 'password',
                'same-as-incoming': 'password',
                off: 'none',
                'pop-before-smtp': 'none',
              },
              verified: false,
              source: ['xserver-mac', 'biglobe-smtp', 'apple-auto-manage-ja'],
            },
          ],
        },
      ],
    },
  ],
};
