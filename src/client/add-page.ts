// The script of the add page (add/).
import { startAddForm } from './add/add-form.ts';

startAddForm(document);
