import type { ProgramDef } from '../program-model';

/**
 * Outlook Express 6 and Windows Live Mail 2011/2012, which share the account's Properties dialog.
 * Route: OE6 Tools → Accounts… → All → the account → Properties; WLM the Accounts tab → Properties
 * (or right-click the account in Home). First the Servers tab (server names, "My server requires
 * authentication"), then the Advanced tab (ports and the SSL box under each). OE6 has no STARTTLS:
 * STARTTLS is mapped to the SSL box, which Windows Live Mail is reported to use as STARTTLS on port 587,
 * and `limitations` says what OE6 cannot do. Only Japanese labels are quoted by sources.
 */
export const legacyWindows: ProgramDef = {
  id: 'legacy-windows',
  name: {
    ja: 'Outlook Express・Windows Live メール',
    en: 'Outlook Express and Windows Live Mail',
  },
  guide: 'legacy-windows',
  versions: {
    ja: 'Outlook Express 6、Windows Live メール 2011・2012',
    en: 'Outlook Express 6, Windows Live Mail 2011 and 2012',
  },
  sources: [
    {
      id: 'xserver-wlm',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_wlm.php',
      language: 'ja',
      kind: 'isp-guide',
    },
  ],
  limitations: [
    {
      field: 'outgoing.security',
      words: {
        ja: 'Outlook Express 6 は STARTTLS に対応していません（ポート 587 で SSL のチェックを入れても送信できません）。Outlook Express 6 では、ポート番号を 465 にして SSL のチェックを入れてください。',
        en: 'Outlook Express 6 cannot use STARTTLS (ticking the SSL box with port 587 does not work). In Outlook Express 6, use port 465 with the SSL box ticked.',
      },
    },
    {
      field: 'incoming.security',
      words: {
        ja: 'Outlook Express 6 は STARTTLS に対応していません。受信には SSL（POP3 は 995、IMAP は 993）を使ってください。',
        en: 'Outlook Express 6 cannot use STARTTLS. For incoming mail use SSL (995 for POP3, 993 for IMAP).',
      },
    },
    {
      field: 'incoming.auth',
      words: {
        ja: 'APOP と CRAM-MD5 には対応していません。通常のパスワード認証を使います。',
        en: 'APOP and CRAM-MD5 are not supported: the program signs in with the plain password.',
      },
    },
  ],
  screens: [
    {
      id: 'properties',
      title: { ja: 'アカウントのプロパティ', en: 'Account Properties' },
      path: {
        ja: 'Outlook Express：「ツール」→「アカウント」→「すべて」タブでアカウントを選び「プロパティ」／Windows Live メール：「アカウント」タブ →「プロパティ」（または「ホーム」でアカウントを右クリック →「プロパティ」）',
        en: 'Outlook Express: Tools → Accounts → All tab, select the account → Properties. Windows Live Mail: Accounts tab → Properties (or right-click the account in Home → Properties)',
      },
      verified: false,
      source: ['xserver-wlm'],
      save: { ja: '「OK」をクリックします。', en: 'Click OK.' },
      tabs: [
        {
          id: 'servers',
          label: { ja: 'サーバー', en: 'Servers' },
          controls: [
            {
              id: 'incoming-server-pop3',
              label: { ja: '受信メール (POP3)', en: 'Incoming mail (POP3)' },
              kind: 'text',
              field: 'incoming.server',
              protocol: 'pop3',
              verified: false,
            },
            {
              id: 'incoming-server-imap',
              label: { ja: '受信メール (IMAP)', en: 'Incoming mail (IMAP)' },
              kind: 'text',
              field: 'incoming.server',
              protocol: 'imap',
              verified: false,
            },
            {
              id: 'outgoing-server',
              label: { ja: '送信メール (SMTP)', en: 'Outgoing mail (SMTP)' },
              kind: 'text',
              field: 'outgoing.server',
              verified: false,
            },
            {
              id: 'spa',
              label: {
                ja: 'セキュリティで保護されたパスワード認証でログオンする',
                en: 'Log on using Secure Password Authentication',
              },
              kind: 'checkbox',
              field: 'incoming.auth',
              values: { password: 'off', 'encrypted-password': 'on' },
              verified: false,
            },
            {
              id: 'smtp-auth',
              label: { ja: 'このサーバーは認証が必要', en: 'My server requires authentication' },
              kind: 'checkbox',
              field: 'outgoing.auth',
              values: { on: 'on', 'same-as-incoming': 'on', off: 'off', 'pop-before-smtp': 'off' },
              note: {
                ja: 'チェックを入れたら「設定」をクリックし、「受信メール サーバーと同じ設定を使用する」を選んで「OK」をクリックします。',
                en: 'After ticking it, click Settings, choose “Use same settings as my incoming mail server” and click OK.',
              },
              verified: false,
              source: ['xserver-wlm'],
            },
          ],
        },
        {
          id: 'advanced',
          label: { ja: '詳細設定', en: 'Advanced' },
          controls: [
            {
              id: 'outgoing-port',
              label: { ja: '送信メール (SMTP)', en: 'Outgoing mail (SMTP)' },
              kind: 'number',
              field: 'outgoing.port',
              verified: false,
            },
            {
              id: 'outgoing-ssl',
              label: {
                ja: 'このサーバーはセキュリティで保護された接続 (SSL) が必要',
                en: 'This server requires a secure connection (SSL)',
              },
              kind: 'checkbox',
              field: 'outgoing.security',
              // Windows Live Mail uses STARTTLS with this box on port 587 (reported, not verified); OE6 cannot.
              values: { tls: 'on', starttls: 'on', none: 'off' },
              setBefore: 'outgoing-port',
              note: {
                ja: 'チェックを入れるとポート番号が変わることがあるため、先にチェックを入れてからポート番号を入力します。',
                en: 'Ticking it can change the port number, so tick it first and type the port after.',
              },
              verified: false,
            },
            {
              id: 'incoming-port-pop3',
              label: { ja: '受信メール (POP3)', en: 'Incoming mail (POP3)' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'pop3',
              verified: false,
            },
            {
              id: 'incoming-ssl-pop3',
              label: {
                ja: 'このサーバーはセキュリティで保護された接続 (SSL) が必要',
                en: 'This server requires a secure connection (SSL)',
              },
              kind: 'checkbox',
              field: 'incoming.security',
              protocol: 'pop3',
              values: { tls: 'on', none: 'off' },
              setBefore: 'incoming-port-pop3',
              note: {
                ja: 'チェックを入れるとポート番号が変わることがあるため、先にチェックを入れてからポート番号を入力します。',
                en: 'Ticking it can change the port number, so tick it first and type the port after.',
              },
              verified: false,
            },
            {
              id: 'incoming-port-imap',
              label: { ja: '受信メール (IMAP)', en: 'Incoming mail (IMAP)' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'imap',
              verified: false,
            },
            {
              id: 'incoming-ssl-imap',
              label: {
                ja: 'このサーバーはセキュリティで保護された接続 (SSL) が必要',
                en: 'This server requires a secure connection (SSL)',
              },
              kind: 'checkbox',
              field: 'incoming.security',
              protocol: 'imap',
              values: { tls: 'on', none: 'off' },
              setBefore: 'incoming-port-imap',
              note: {
                ja: 'チェックを入れるとポート番号が変わることがあるため、先にチェックを入れてからポート番号を入力します。',
                en: 'Ticking it can change the port number, so tick it first and type the port after.',
              },
              verified: false,
            },
          ],
        },
      ],
    },
  ],
};
