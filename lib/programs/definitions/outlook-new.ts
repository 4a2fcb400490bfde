import type { ProgramDef } from '../program-model';

/**
 * The new Outlook for Windows ("Outlook (new)", also the Mail app's successor). Route: Settings (gear)
 * → Accounts → Email accounts → Manage → Repair. Repair changes only the password and the outgoing
 * server, its port and its secure connection type: the incoming (IMAP/POP) server, its port and
 * security, and the SMTP user name are shown but cannot be changed, so the customer removes the account
 * and adds it again (`limitations`). Only the Japanese labels are quoted by a source (Xserver's guide);
 * every English label is unverified.
 */
export const outlookNew: ProgramDef = {
  id: 'new-outlook',
  name: { ja: '新しい Outlook for Windows', en: 'new Outlook for Windows' },
  guide: 'new-outlook',
  versions: {
    ja: '新しい Outlook for Windows（Outlook (new)）',
    en: 'The new Outlook for Windows (Outlook (new))',
  },
  sources: [
    {
      id: 'xserver-olwin',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_olwin.php',
      language: 'ja',
      kind: 'isp-guide',
    },
  ],
  limitations: [
    {
      field: 'incoming.server',
      words: {
        ja: '新しい Outlook の「修復」では受信サーバー（IMAP/POP 受信サーバー）を変更できません。アカウントを削除し、もう一度追加してください。',
        en: 'Repair in the new Outlook cannot change the incoming (IMAP/POP) server. Remove the account and add it again.',
      },
    },
    {
      field: 'incoming.port',
      words: {
        ja: '新しい Outlook の「修復」では受信サーバーのポート番号を変更できません。アカウントを削除し、もう一度追加してください。',
        en: 'Repair in the new Outlook cannot change the incoming port. Remove the account and add it again.',
      },
    },
    {
      field: 'incoming.security',
      words: {
        ja: '新しい Outlook の「修復」では受信サーバーの「セキュア接続タイプ」を変更できません。アカウントを削除し、もう一度追加してください。POP の場合は、削除の前に受信済みのメールを保存しておくと安心です。',
        en: 'Repair in the new Outlook cannot change the incoming secure connection type. Remove the account and add it again. With POP, keep a copy of the mail already downloaded before removing the account.',
      },
    },
    {
      field: 'incoming.auth',
      words: {
        ja: '新しい Outlook には受信の認証方式を選ぶ項目がありません。パスワードで認証します。',
        en: 'The new Outlook has no setting for the incoming sign-in method: it signs in with the password.',
      },
    },
    {
      field: 'outgoing.auth',
      words: {
        ja: '新しい Outlook は送信サーバーにも受信と同じユーザー名とパスワードで認証します。「修復」では変更できません。',
        en: 'The new Outlook signs in to the outgoing server with the same user name and password as for incoming mail; Repair cannot change this.',
      },
    },
  ],
  screens: [
    {
      id: 'repair',
      title: { ja: '修復', en: 'Repair' },
      path: {
        ja: '画面上部の設定アイコン（歯車）→「アカウント」→「メール アカウント」→ 対象のメールアドレスの「管理」→「修復」',
        en: 'Settings (gear icon at the top) → Accounts → Email accounts → Manage next to the address → Repair',
      },
      verified: false,
      source: ['xserver-olwin'],
      save: { ja: '「続行」をクリックします。', en: 'Click Continue.' },
      tabs: [
        {
          id: 'main',
          label: null,
          controls: [
            {
              id: 'recommended-settings',
              label: { ja: 'おすすめの設定を使用する', en: 'Use recommended settings' },
              kind: 'switch',
              requiredState: 'off',
              note: {
                ja: 'オフにすると、サーバーの項目が表示されます（表示されないときは「表示数を増やす」をクリックします）。',
                en: 'Turning it off shows the server fields (if they are hidden, click Show more).',
              },
              verified: false,
              source: ['xserver-olwin'],
            },
            {
              id: 'outgoing-server',
              label: { ja: 'SMTP送信サーバー', en: 'SMTP outgoing server' },
              kind: 'text',
              field: 'outgoing.server',
              verified: false,
              source: ['xserver-olwin'],
            },
            {
              id: 'outgoing-port',
              label: { ja: 'ポート', en: 'Port' },
              kind: 'number',
              field: 'outgoing.port',
              verified: false,
              source: ['xserver-olwin'],
            },
            {
              id: 'outgoing-security',
              label: { ja: 'セキュア接続タイプ', en: 'Secure connection type' },
              kind: 'dropdown',
              field: 'outgoing.security',
              options: [
                { value: 'ssl', label: { ja: 'SSL/TLS (推奨)', en: 'SSL/TLS (recommended)' } },
                { value: 'starttls', label: { ja: 'StartTLS', en: 'StartTLS' } },
                { value: 'none', label: { ja: 'なし', en: 'None' } },
              ],
              values: { tls: 'ssl', starttls: 'starttls', none: 'none' },
              // Choosing first does no harm if the port is kept, and is right if the port is rewritten.
              setBefore: 'outgoing-port',
              verified: false,
              source: ['xserver-olwin'],
            },
          ],
        },
      ],
    },
  ],
};
