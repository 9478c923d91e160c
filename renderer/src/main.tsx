import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { captureHostToken } from './api';
import { setupI18n } from './i18n';
import { reportErrorsToMain } from './report-errors';
import './styles.css';

captureHostToken();
reportErrorsToMain();
setupI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
