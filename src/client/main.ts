import "./style.css";
import { redrawCharts } from "./redraw.ts";

/** Progressive enhancement: the page is complete without this; it only fits charts to their width. */
redrawCharts(document);
