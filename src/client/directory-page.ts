// The script of the directory (elements/).
import { filterDirectory } from './directory.ts';

filterDirectory(document);
