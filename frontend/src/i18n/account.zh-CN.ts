// Messages of the account page: the profile, the password, the sessions
// and the API tokens of the signed-in user. Merged into the main catalogue
// by index.ts; account.en.ts carries the same keys.
const account = {
  header: {
    account: '我的账号',
    userMenu: '账号菜单',
  },
  validation: {
    password_wrong: '当前密码不正确',
    password_unchanged: '新密码不能与当前密码相同',
  },
  account: {
    title: '我的账号',
    profile: '个人信息',
    displayName: '姓名',
    username: '用户名',
    role: '角色',
    organization: '所属组织',
    funder: '所属资助方',
    password: '修改密码',
    passwordIntro: '修改后，您在其他设备和浏览器上的登录将全部退出，本设备保持登录。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    repeatPassword: '确认新密码',
    passwordHint: '8 至 128 个字符，不能是常见密码或用户名',
    mismatch: '两次输入的新密码不一致',
    submitPassword: '修改密码',
    passwordChanged: '密码已修改，其他设备上的登录已退出',
    sessions: '登录设备',
    sessionsIntro: '以下是您仍然有效的登录。如有不认识的设备，请结束该登录并修改密码。',
    device: '浏览器',
    unknownDevice: '未知浏览器',
    clientIp: 'IP 地址',
    signedInAt: '登录时间',
    lastUsedAt: '最近使用',
    expiresAt: '到期时间',
    thisDevice: '本设备',
    end: '结束',
    endTitle: '结束登录',
    endConfirm: '结束这个登录？该设备需要重新登录。',
    endCurrentConfirm: '这是本设备的登录，结束后您将退出登录。继续吗？',
    ended: '已结束该登录',
    tokens: 'API 令牌',
  },
}

export default account
