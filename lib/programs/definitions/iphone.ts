import type { ProgramDef } from '../program-model';

/**
 * Mail on iPhone and iPad (iOS and iPadOS 18 and later; the path differs on older versions). An IMAP
 * account opens its server screen through “Account”; a POP account shows it at once. The outgoing
 * server is a screen of its own (SMTP → Primary Server). iOS has one switch, “Use SSL”, for both
 * implicit TLS and STARTTLS: with it on, port 587 uses STARTTLS.
 */
export const iphone: ProgramDef = {
  id: 'iphone',
  name: { ja: 'iPhone・iPad（メール）', en: 'iPhone and iPad (Mail)' },
  guide: 'iphone',
  versions: { ja: 'iOS・iPadOS 18 以降', en: 'iOS and iPadOS 18 and later' },
  sources: [
    {
      id: 'xserver-iphone',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_iphone.php',
      language: 'ja',
      kind: 'isp-guide',
    },
    {
      id: 'apple-ios-mail',
      url: 'https://support.apple.com/guide/iphone/change-mail-settings-iph2f8d4e1be/ios',
      language: 'en',
      kind: 'vendor',
    },
  ],
  screens: [
    {
      id: 'account',
      title: { ja: 'アカウント', en: 'Account' },
      path: {
        ja: '「設定」→「アプリ」→「メール」→「メールアカウント」→ご利用のアカウント（IMAPの場合はさらに「アカウント」）',
        en: 'Settings → Apps → Mail → Mail Accounts → your account (for IMAP, then Account)',
      },
      verified: false,
      source: ['xserver-iphone'],
      save: { ja: '右上の「完了」をタップします。', en: 'Tap Done (top right).' },
      tabs: [
        {
          id: 'incoming',
          label: { ja: '受信メールサーバ', en: 'Incoming Mail Server' },
          controls: [
            {
              id: 'incoming-host',
              label: { ja: 'ホスト名', en: 'Host Name' },
              kind: 'text',
              field: 'incoming.server',
              verified: true,
              source: ['xserver-iphone'],
            },
          ],
        },
      ],
    },
    {
      id: 'smtp',
      title: { ja: 'SMTP（プライマリサーバ）', en: 'SMTP (Primary Server)' },
      path: {
        ja: '「アカウント」の「送信メールサーバ」で「SMTP」→「プライマリサーバ」のサーバ名',
        en: 'In Account, under Outgoing Mail Server: SMTP → the Primary Server',
      },
      verified: true,
      source: ['xserver-iphone'],
      save: { ja: '右上の「完了」をタップします。', en: 'Tap Done (top right).' },
      tabs: [
        {
          id: 'outgoing',
          label: { ja: '送信メールサーバ', en: 'Outgoing Mail Server' },
          controls: [
            {
              id: 'outgoing-host',
              label: { ja: 'ホスト名', en: 'Host Name' },
              kind: 'text',
              field: 'outgoing.server',
              verified: true,
              source: ['xserver-iphone'],
            },
            {
              id: 'outgoing-ssl',
              label: { ja: 'SSLを使用', en: 'Use SSL' },
              kind: 'switch',
              field: 'outgoing.security',
              values: { tls: 'on', starttls: 'on', none: 'off' },
              setBefore: 'outgoing-port',
              verified: true,
              source: ['xserver-iphone'],
            },
            {
              id: 'outgoing-auth',
              label: { ja: '認証', en: 'Authentication' },
              kind: 'dropdown',
              field: 'outgoing.auth',
              options: [
                { value: 'password', label: { ja: 'パスワード', en: 'Password' } },
                { value: 'md5', label: { ja: 'MD5チャレンジレスポンス', en: 'MD5 Challenge-Response' } },
                { value: 'none', label: { ja: 'なし', en: 'None' } },
              ],
              values: {
                on: 'password',
                'same-as-incoming': 'password',
                off: 'none',
                'pop-before-smtp': 'none',
              },
              verified: false,
              source: ['xserver-iphone'],
            },
            {
              id: 'outgoing-port',
              label: { ja: 'サーバポート', en: 'Server Port' },
              kind: 'number',
              field: 'outgoing.port',
              verified: true,
              source: ['xserver-iphone'],
            },
          ],
        },
      ],
    },
    {
      id: 'advanced',
      title: { ja: '詳細', en: 'Advanced' },
      path: {
        ja: '「アカウント」画面のいちばん下の「詳細」',
        en: 'Advanced, at the bottom of the Account screen',
      },
      verified: true,
      source: ['xserver-iphone'],
      save: {
        ja: '左上の「アカウント」をタップして戻り、「完了」をタップします。',
        en: 'Tap Account (top left) to go back, then tap Done.',
      },
      tabs: [
        {
          id: 'incoming-settings',
          label: { ja: '受信設定', en: 'Incoming Settings' },
          controls: [
            {
              id: 'incoming-ssl',
              label: { ja: 'SSLを使用', en: 'Use SSL' },
              kind: 'switch',
              field: 'incoming.security',
              values: { tls: 'on', starttls: 'on', none: 'off' },
              setBefore: 'incoming-port',
              verified: true,
              source: ['xserver-iphone'],
            },
            {
              id: 'incoming-auth',
              label: { ja: '認証', en: 'Authentication' },
              kind: 'dropdown',
              field: 'incoming.auth',
              options: [
                { value: 'password', label: { ja: 'パスワード', en: 'Password' } },
                { value: 'md5', label: { ja: 'MD5チャレンジレスポンス', en: 'MD5 Challenge-Response' } },
                { value: 'apop', label: { ja: 'APOP', en: 'APOP' } },
              ],
              values: { password: 'password', 'cram-md5': 'md5', apop: 'apop', 'encrypted-password': 'md5' },
              verified: false,
              source: ['xserver-iphone'],
            },
            {
              id: 'incoming-port',
              label: { ja: 'サーバポート', en: 'Server Port' },
              kind: 'number',
              field: 'incoming.port',
              verified: true,
              source: ['xserver-iphone'],
            },
          ],
        },
      ],
    },
  ],
};
