import type { ProgramDef } from '../program-model';

/**
 * Becky! Internet Mail 2 (Windows). Route: Tools → Mailbox Setup (the profile chosen at the bottom,
 * usually Default), first the Basic Settings tab (servers and the POP3S/IMAPS and SMTPS boxes, whose
 * ticking offers to change the port), then the Advanced tab (ports, SMTP authentication, POP before
 * SMTP). Becky! has no STARTTLS control: with SMTPS ticked and a port other than 465 it is understood to
 * start TLS with STARTTLS, which is not verified. Becky!'s English edition is rare in Japan, so every
 * English label is unverified, and with it every control.
 */
export const becky: ProgramDef = {
  id: 'becky',
  name: { ja: 'Becky! Internet Mail', en: 'Becky! Internet Mail' },
  guide: 'becky',
  versions: { ja: 'Becky! Internet Mail Ver.2', en: 'Becky! Internet Mail version 2' },
  sources: [
    {
      id: 'xserver-becky',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_becky.php',
      language: 'ja',
      kind: 'isp-guide',
    },
    {
      id: 'xserver-becky-plain',
      url: 'https://www.xserver.ne.jp/manual/man_mail_setting_becky_not.php',
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
      id: 'mailbox-setup',
      title: { ja: 'メールボックスの設定', en: 'Mailbox Setup' },
      path: {
        ja: '「ツール」→「メールボックスの設定」→ 画面下の「プロファイル」で使っているプロファイル（通常は「Default」）を選ぶ',
        en: 'Tools → Mailbox Setup → choose the profile in use (usually Default) under Profile at the bottom',
      },
      verified: false,
      source: ['xserver-becky', 'biglobe-smtp'],
      save: { ja: '「OK」をクリックします。', en: 'Click OK.' },
      tabs: [
        {
          id: 'basic',
          label: { ja: '基本設定', en: 'Basic Settings' },
          controls: [
            {
              id: 'incoming-server',
              label: { ja: 'POP3サーバー(受信)', en: 'POP3 server (incoming)' },
              kind: 'text',
              field: 'incoming.server',
              verified: false,
              source: ['xserver-becky'],
            },
            {
              id: 'outgoing-server',
              label: { ja: 'SMTPサーバー(送信)', en: 'SMTP server (outgoing)' },
              kind: 'text',
              field: 'outgoing.server',
              verified: false,
              source: ['xserver-becky'],
            },
            {
              id: 'incoming-ssl',
              label: { ja: 'POP3S/IMAPS', en: 'POP3S/IMAPS' },
              kind: 'checkbox',
              field: 'incoming.security',
              // STARTTLS by analogy with SMTPS (ticked, on the plain port): not verified.
              values: { tls: 'on', starttls: 'on', none: 'off' },
              note: {
                ja: 'チェックを入れると、ポート番号を「995」（IMAP は「993」）に変更するか聞かれます。「はい」をクリックします。',
                en: 'Ticking it asks whether to change the port to 995 (993 for IMAP): click Yes.',
              },
              verified: false,
              source: ['xserver-becky'],
            },
            {
              id: 'outgoing-ssl',
              label: { ja: 'SMTPS', en: 'SMTPS' },
              kind: 'checkbox',
              field: 'outgoing.security',
              // With a port other than 465, SMTPS is understood to mean STARTTLS: not verified.
              values: { tls: 'on', starttls: 'on', none: 'off' },
              note: {
                ja: 'チェックを入れると、ポート番号を「465」に変更するか聞かれます。「はい」をクリックします。ポート番号は、このあと「詳細」タブで確かめます。',
                en: 'Ticking it asks whether to change the port to 465: click Yes. The port is checked afterwards on the Advanced tab.',
              },
              verified: false,
              source: ['xserver-becky'],
            },
            {
              id: 'incoming-auth',
              label: { ja: '認証方式', en: 'Authentication method' },
              kind: 'dropdown',
              field: 'incoming.auth',
              options: [
                { value: 'standard', label: { ja: '標準', en: 'Standard' } },
                { value: 'apop', label: { ja: 'APOP', en: 'APOP' } },
                { value: 'cram-md5', label: { ja: 'CRAM-MD5', en: 'CRAM-MD5' } },
              ],
              values: {
                password: 'standard',
                apop: 'apop',
                'cram-md5': 'cram-md5',
                'encrypted-password': 'cram-md5',
              },
              verified: false,
              source: ['xserver-becky'],
            },
          ],
        },
        {
          id: 'advanced',
          label: { ja: '詳細', en: 'Advanced' },
          controls: [
            {
              id: 'outgoing-port',
              label: { ja: 'SMTP', en: 'SMTP' },
              kind: 'number',
              field: 'outgoing.port',
              verified: false,
              source: ['xserver-becky', 'biglobe-smtp'],
            },
            {
              id: 'incoming-port-pop3',
              label: { ja: 'POP3', en: 'POP3' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'pop3',
              verified: false,
              source: ['xserver-becky'],
            },
            {
              id: 'incoming-port-imap',
              label: { ja: 'IMAP4', en: 'IMAP4' },
              kind: 'number',
              field: 'incoming.port',
              protocol: 'imap',
              verified: false,
              source: ['xserver-becky'],
            },
            {
              id: 'smtp-auth',
              label: { ja: 'SMTP認証', en: 'SMTP authentication' },
              kind: 'checkbox',
              field: 'outgoing.auth',
              values: { on: 'on', 'same-as-incoming': 'on', off: 'off', 'pop-before-smtp': 'off' },
              note: {
                ja: 'チェックを入れたら「LOGIN」と「PLAIN」にもチェックを入れ、「ESMTPを使用（SMTP認証には必須）」にチェックが入っていることを確かめます。',
                en: 'After ticking it, tick LOGIN and PLAIN too, and make sure “Use ESMTP” is ticked.',
              },
              verified: false,
              source: ['xserver-becky', 'biglobe-smtp'],
            },
            {
              id: 'pop-before-smtp',
              label: { ja: 'POP before SMTPを使用', en: 'Use POP before SMTP' },
              kind: 'checkbox',
              field: 'outgoing.auth',
              values: { 'pop-before-smtp': 'on', on: 'off', 'same-as-incoming': 'off', off: 'off' },
              verified: false,
              source: ['xserver-becky'],
            },
          ],
        },
      ],
    },
  ],
};
