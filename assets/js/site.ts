// Loaded on every page: the quick exit is the only behaviour every page needs.
import { initExitThisPage } from "./exitThisPage.ts";

initExitThisPage();
