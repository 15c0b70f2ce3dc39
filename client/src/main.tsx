import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api/token';
import { App } from './app/App';
import { activeGraphStore } from './state/active-graph';
import { appStore } from './state/app-state';
import { startUrlSync } from './state/history';
import './styles.css';

// Before the URL sync rewrites the address (which drops the #token=… fragment).
captureToken();
startUrlSync();
createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Read-only handle for the end-to-end tests and the bench (graph size, positions, state).
Object.assign(window, { govgraph: { appStore, activeGraphStore } });
