import { render } from 'preact';
import { Reports } from '../../components/reports/Reports';

const root = document.getElementById('app');
if (root) render(<Reports />, root);
