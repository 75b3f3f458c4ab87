// The parts of Observable Plot the charts use, imported by name so that the bundle holds only these (and what they
// need); usePlot loads this module with the first chart.
export { axisX, axisY, dot, gridY, line, lineY, plot, ruleY, text } from '@observablehq/plot';
