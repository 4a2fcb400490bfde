import type { ProgramDef } from '../program-model';

/**
 * The Gmail app on Android with an IMAP or POP account ("other" accounts). Route: ≡ → Settings → the
 * account → Incoming settings / Outgoing settings. The Gmail app is closed source: its labels are those
 * of AOSP Email, the code its IMAP/POP screens come from, and are verified in those string files (ja
 * and en); that the current Gmail build still uses them is not. Changing the security type resets the
 * port to that type's default, so the type is chosen first. Never the "accept all certificates" options.
 */
export const androidGmail: ProgramDef = {
  id: 'android-gmail',
  name: { ja: 'Android の Gmail アプリ', en: 'Gmail app on Android' },
  guide: 'android-gmail',
  versions: {
    ja: 'Android の Gmail アプリ（IMAP・POP のアカウント）',
    en: 'The Gmail app on Android (IMAP and POP accounts)',
  },
  sources: [
    {
      id: 'aosp-email-ja',
      url: 'https://github.com/aosp-mirror/platform_packages_apps_email/blob/main/res/values-ja/strings.xml',
      language: 'ja',
      kind: 'program-strings',
    },
    {
      id: 'aosp-email-en',
      url: 'https://github.com/aosp-mirror/platform_packages_apps_email/blob/main/res/values/strings.xml',
      language: 'en',
      kind: 'program-strings',
    },
    {
      id: 'biglobe-smtp',
      url: 'https://support.biglobe.ne.jp/settei/mailer/smtp.html',
      language: 'ja',
      kind: 'isp-guide',
    },
  ],
  limitations: [
    {
      field: 'incoming.auth',
      words: {
        ja: 'Gmail アプリには受信の認証方式を選ぶ項目がありません。パスワードで認証します。',
        en: 'The Gmail app has no setting for the incoming sign-in method: it signs in with the password.',
      },
    },
  ],
  screens: [
    {
      id: 'incoming-settings',
      title: { ja: '受信設定', en: 'Incoming settings' },
      path: {
        ja: 'Gmail アプリの左上の「≡」→「設定」→ メールアドレス →「受信設定」',
        en: 'In the Gmail app, ≡ (top left) → Settings → your address → Incoming settings',
      },
      verified: true,
      source: ['aosp-email-ja', 'aosp-email-en'],
      save: {
        ja: '「次へ」をタップします（設定が確かめられてから保存されます）。',
        en: 'Tap Next (the settings are checked, then saved).',
      },
      tabs: [
        {
          id: 'main',
          label: null,
          controls: [
            {
              id: 'incoming-server',
              label: { ja: 'サーバー', en: 'Server' },
              kind: 'text',
              field: 'incoming.server',
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en'],
            },
            {
              id: 'incoming-port',
              label: { ja: 'ポート', en: 'Port' },
              kind: 'number',
              field: 'incoming.port',
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en'],
            },
            {
              id: 'incoming-security',
              label: { ja: 'セキュリティの種類', en: 'Security type' },
              kind: 'dropdown',
              field: 'incoming.security',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'ssl', label: { ja: 'SSL/TLS', en: 'SSL/TLS' } },
                {
                  value: 'ssl-trust-all',
                  label: { ja: 'SSL/TLS（証明書をすべて承認）', en: 'SSL/TLS (Accept all certificates)' },
                },
                { value: 'starttls', label: { ja: 'STARTTLS', en: 'STARTTLS' } },
                {
                  value: 'starttls-trust-all',
                  label: { ja: 'STARTTLS（証明書をすべて承認）', en: 'STARTTLS (accept all certificates)' },
                },
              ],
              values: { none: 'none', tls: 'ssl', starttls: 'starttls' },
              setBefore: 'incoming-port',
              note: {
                ja: '種類を選ぶとポート番号が標準の値に変わることがあるため、そのあとでポート番号を確かめます。',
                en: 'Choosing the type can reset the port to its default, so check the port afterwards.',
              },
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en'],
            },
          ],
        },
      ],
    },
    {
      id: 'outgoing-settings',
      title: { ja: '送信設定', en: 'Outgoing settings' },
      path: {
        ja: 'Gmail アプリの左上の「≡」→「設定」→ メールアドレス →「送信設定」',
        en: 'In the Gmail app, ≡ (top left) → Settings → your address → Outgoing settings',
      },
      verified: true,
      source: ['aosp-email-ja', 'aosp-email-en'],
      save: {
        ja: '「次へ」をタップします（設定が確かめられてから保存されます）。',
        en: 'Tap Next (the settings are checked, then saved).',
      },
      tabs: [
        {
          id: 'main',
          label: null,
          controls: [
            {
              id: 'outgoing-server',
              label: { ja: 'SMTPサーバー', en: 'SMTP server' },
              kind: 'text',
              field: 'outgoing.server',
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en'],
            },
            {
              id: 'outgoing-port',
              label: { ja: 'ポート', en: 'Port' },
              kind: 'number',
              field: 'outgoing.port',
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en'],
            },
            {
              id: 'outgoing-security',
              label: { ja: 'セキュリティの種類', en: 'Security type' },
              kind: 'dropdown',
              field: 'outgoing.security',
              options: [
                { value: 'none', label: { ja: 'なし', en: 'None' } },
                { value: 'ssl', label: { ja: 'SSL/TLS', en: 'SSL/TLS' } },
                {
                  value: 'ssl-trust-all',
                  label: { ja: 'SSL/TLS（証明書をすべて承認）', en: 'SSL/TLS (Accept all certificates)' },
                },
                { value: 'starttls', label: { ja: 'STARTTLS', en: 'STARTTLS' } },
                {
                  value: 'starttls-trust-all',
                  label: { ja: 'STARTTLS（証明書をすべて承認）', en: 'STARTTLS (accept all certificates)' },
                },
              ],
              values: { none: 'none', tls: 'ssl', starttls: 'starttls' },
              setBefore: 'outgoing-port',
              note: {
                ja: '種類を選ぶとポート番号が標準の値に変わることがあるため、そのあとでポート番号を確かめます。',
                en: 'Choosing the type can reset the port to its default, so check the port afterwards.',
              },
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en'],
            },
            {
              id: 'outgoing-login',
              label: { ja: 'ログインが必要', en: 'Require signin' },
              kind: 'checkbox',
              field: 'outgoing.auth',
              values: { on: 'on', 'same-as-incoming': 'on', off: 'off', 'pop-before-smtp': 'off' },
              note: {
                ja: 'チェックを入れると「ユーザー名」と「パスワード」が表示されます。受信と同じものを入力します。',
                en: 'Ticking it shows Username and Password: enter the same as for incoming mail.',
              },
              verified: true,
              source: ['aosp-email-ja', 'aosp-email-en', 'biglobe-smtp'],
            },
          ],
        },
      ],
    },
  ],
};
