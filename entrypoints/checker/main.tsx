import { render } from 'preact';
import { Checker } from '../../components/panel/Checker';

const root = document.getElementById('app');
if (root) render(<Checker />, root);
