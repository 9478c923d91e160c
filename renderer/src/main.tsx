import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openHostSession } from './api';
import { setupI18n } from './i18n';
import { reportErrorsToMain } from './report-errors';
import './styles.css';

void openHostSession();
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
