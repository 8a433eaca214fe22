/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The Go server that `vite` (dev) and `vite preview` pass API calls to.
const backend = process.env.HATCHERY_BACKEND_URL || 'http://127.0.0.1:8080'

// Element Plus components the app uses, for the dev server's dependency
// pre-bundling (see optimizeDeps below).
const elementStyles = [
  'base', 'alert', 'aside', 'button', 'card', 'checkbox', 'checkbox-group', 'col', 'config-provider',
  'container', 'date-picker', 'dialog', 'drawer', 'dropdown', 'dropdown-item', 'dropdown-menu', 'empty', 'form', 'form-item', 'header', 'input',
  'input-number', 'loading', 'main', 'menu', 'menu-item', 'message', 'message-box', 'option', 'pagination',
  'progress', 'radio-button', 'radio-group', 'result', 'row', 'select', 'switch', 'tab-pane', 'table',
  'table-column', 'tabs', 'tag', 'timeline', 'timeline-item',
]

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: components used in templates and the
    // ElMessage / ElMessageBox services, each with its own stylesheet.
    AutoImport({
      resolvers: [ElementPlusResolver()],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      resolvers: [ElementPlusResolver()],
      dts: 'src/components.d.ts',
      dirs: [],
    }),
  ],
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
  },
  optimizeDeps: {
    // Component styles are imported by the on-demand plugin during transforms,
    // which the dev server's dependency scan does not see; listing them up
    // front spares a reload the first time each page opens.
    // A component missing here still works; the first page that uses it
    // just reloads once in dev.
    include: [
      'element-plus/es',
      ...elementStyles.map((name) => `element-plus/es/components/${name}/style/css`),
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
    ],
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/healthz': backend,
    },
  },
  preview: {
    proxy: {
      '/api': backend,
      '/healthz': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
})
