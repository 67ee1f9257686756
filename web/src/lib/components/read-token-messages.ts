import { translator, type Messages } from '../i18n/i18n.svelte';

const messages: Messages<'needed' | 'wrong' | 'placeholder' | 'save'> = {
  zh: { needed: '此服务器仅对持有访问令牌的用户开放，请输入服务器管理员提供的访问令牌。', wrong: '访问令牌不正确，请重新输入。', placeholder: '访问令牌', save: '进入' },
  en: { needed: 'This server is open to holders of its access token only: enter the token its operator gave you.', wrong: 'That access token is not right: enter it again.', placeholder: 'Access token', save: 'Enter' },
};

export const t = translator(messages);
