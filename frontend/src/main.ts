import { createApp } from 'vue'
import App from './App.vue'
import { i18n, setLanguage, storedLanguage } from './i18n'
import { router } from './router'
import './styles/base.css'
import './styles/money.css'

async function start(): Promise<void> {
  await setLanguage(storedLanguage(), false)
  const app = createApp(App)
  app.use(i18n)
  app.use(router)
  app.mount('#app')
}

void start()
