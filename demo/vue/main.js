// The Vue 3 recipe from the README: tell the compiler that consent-* tags are custom elements,
// then bind attributes and listen to events as with any element.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import 'consent-banner';

const app = createApp({
  setup() {
    const social = ref(false);
    const onChange = (e) => (social.value = e.detail.categories.social);
    return { social, onChange };
  },
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('consent-');
app.mount('#app');
