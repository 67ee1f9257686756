import { translator, type Messages } from '../i18n/i18n.svelte';

type Key =
  | 'title' | 'token' | 'token.placeholder' | 'name' | 'name.placeholder' | 'save' | 'forget' | 'change'
  | 'operator' | 'kept' | 'checking' | 'noToken' | 'wrongToken' | 'signedIn' | 'signedIn.anonymous'
  | 'disabled' | 'disabled.how' | 'disabled.cli'
  | 'error.unauthenticated' | 'error.disabled' | 'error.tooLarge' | 'error.interrupted' | 'error.badFile' | 'error.uploadGone' | 'error.other';

/**
 * The text of the editor's sign-in, shared by the import and review pages. `{env}`, `{command}` and
 * `{readme}` stand where a command or a variable is shown as typed (in <code>, in either language).
 */
const messages: Messages<Key> = {
  zh: {
    title: '编辑身份',
    token: '编辑口令',
    'token.placeholder': '粘贴口令',
    name: '您的姓名或科室',
    'name.placeholder': '例如：招商科 张三',
    save: '保存',
    forget: '退出编辑',
    change: '更换口令',
    operator: '口令由运行本服务器的管理员提供：即服务启动时设置的环境变量 {env}。',
    kept: '口令和姓名只保存在本浏览器中；姓名会记录为导入人、审核人。',
    checking: '正在核对编辑身份…',
    noToken: '导入和审核数据需要编辑口令。请先填写口令。',
    wrongToken: '口令不对：服务器不接受这个口令。请向服务器管理员核对后重新填写。',
    signedIn: '已以编辑身份登录：{name}',
    'signedIn.anonymous': '已以编辑身份登录（未填姓名）',
    disabled: '本服务器未开启在线编辑，因此不能在网页上导入或审核数据。',
    'disabled.how': '要开启，请服务器管理员在启动服务时设置环境变量 {env}（说明见 {readme}）。',
    'disabled.cli': '不开启在线编辑时，也可以在服务器上用命令 {command} 导入文件。',
    'error.unauthenticated': '口令不对或已失效：服务器拒绝了这次操作。请重新填写编辑口令。',
    'error.disabled': '本服务器未开启在线编辑。',
    'error.tooLarge': '文件太大，超过了服务器允许的上传大小。',
    'error.interrupted': '上传中断：文件可能超过了服务器允许的上传大小，或者网络断开了。',
    'error.badFile': '只能导入 CSV 或 Excel 文件（扩展名为 .csv 或 .xlsx）。',
    'error.uploadGone': '服务器上找不到上传的文件（上传文件只保留一天），请重新选择文件。',
    'error.other': '出错了：{message}',
  },
  en: {
    title: 'Editor',
    token: 'Editor token',
    'token.placeholder': 'Paste the token',
    name: 'Your name or office',
    'name.placeholder': 'e.g. Investment office, Zhang San',
    save: 'Save',
    forget: 'Stop editing',
    change: 'Change token',
    operator: 'Whoever runs this server gives the token: it is the {env} the server was started with.',
    kept: 'The token and the name are kept in this browser only; the name is recorded as who imported or decided.',
    checking: 'Checking the editor token…',
    noToken: 'Importing and reviewing data needs the editor token. Enter it first.',
    wrongToken: 'Wrong token: the server does not accept it. Check it with whoever runs the server and enter it again.',
    signedIn: 'Editing as {name}',
    'signedIn.anonymous': 'Editing (no name given)',
    disabled: 'Editing is off on this server: files cannot be imported or reviewed in the web app.',
    'disabled.how': 'To turn it on, whoever runs the server starts it with {env} set (see {readme}).',
    'disabled.cli': 'Without it, files can still be imported on the server with {command}.',
    'error.unauthenticated': 'Wrong or expired token: the server refused this. Enter the editor token again.',
    'error.disabled': 'Editing is off on this server.',
    'error.tooLarge': 'The file is larger than the server takes.',
    'error.interrupted': 'The upload was cut off: the file may be larger than the server takes, or the network went down.',
    'error.badFile': 'Only CSV and Excel files (.csv or .xlsx) are imported.',
    'error.uploadGone': 'The uploaded file is no longer on the server (uploads are kept for a day): choose the file again.',
    'error.other': 'Something went wrong: {message}',
  },
};

export const t = translator(messages);
