// The timeline page: draws the chart from the JSON in #timeline-data with
// plotly.js (inlined above), shows an event's evidence on hover, and links the
// chart with the tables of phases and events.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var chart = document.getElementById("chart");
  var panel = document.getElementById("evidence");
  var ev = data.events;

  var PHASE_FILL = {
    cooperative: "rgba(46,160,67,0.16)",
    hostile: "rgba(214,39,40,0.16)",
    mixed: "rgba(230,159,0,0.18)",
    quiet: "rgba(150,150,150,0.14)"
  };
  var PHASE_TEXT = {
    cooperative: "#1e7b34", hostile: "#b01f20", mixed: "#a66f00", quiet: "#666"
  };
  var QUAD_COLOR = ["#74c476", "#006d2c", "#fd8d3c", "#a50f15"];
  var QUAD_NAME = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

  // One events trace: the date interval as a horizontal error bar around the midpoint.
  var events = {
    type: data.gl ? "scattergl" : "scatter",
    mode: "markers",
    name: "events",
    x: ev.x,
    y: ev.y,
    customdata: ev.id,
    text: ev.hover,
    hoverinfo: "text",
    hoverlabel: { align: "left", bgcolor: "#fff", bordercolor: "#888", font: { color: "#222", size: 13 } },
    error_x: {
      type: "data",
      symmetric: false,
      array: ev.x.map(function (x, i) { return ev.x1[i] - x; }),
      arrayminus: ev.x.map(function (x, i) { return x - ev.x0[i]; }),
      thickness: 1,
      width: 0,
      color: "rgba(0,0,0,0.35)"
    },
    marker: {
      size: 10,
      color: ev.quad.map(function (q) { return QUAD_COLOR[Math.min(Math.max(q, 1), 4) - 1]; }),
      line: { width: 1, color: "#fff" }
    },
    showlegend: false
  };
  var mean = {
    type: "scatter",
    mode: "lines",
    name: "mean Goldstein by " + data.by,
    x: data.mean.x,
    y: data.mean.y,
    line: { color: "#1f50a0", width: 2 },
    hoverinfo: "skip",
    connectgaps: false
  };
  // Legend entries for the quad classes (no data, so they draw no points).
  var legend = QUAD_NAME.map(function (name, k) {
    return {
      type: "scatter", mode: "markers", name: name, x: [null], y: [null],
      marker: { size: 10, color: QUAD_COLOR[k] }, hoverinfo: "skip"
    };
  });

  var shapes = data.phases.map(function (p) {
    return {
      type: "rect", xref: "x", yref: "paper", x0: p.x0, x1: p.x1, y0: 0, y1: 1,
      fillcolor: PHASE_FILL[p.relation], line: { width: 0 }, layer: "below"
    };
  });
  var width = data.range[1] - data.range[0];
  var annotations = data.phases.filter(function (p) { return (p.x1 - p.x0) / width > 0.04; }).map(function (p) {
    return {
      xref: "x", yref: "paper", x: (p.x0 + p.x1) / 2, y: 1, yanchor: "bottom", showarrow: false,
      text: p.relation, font: { size: 11, color: PHASE_TEXT[p.relation] }
    };
  });

  var layout = {
    margin: { l: 60, r: 20, t: 30, b: 50 },
    hovermode: "closest",
    dragmode: "zoom",
    xaxis: { title: { text: "year" }, range: data.range.slice(), tickformat: "d", zeroline: false, showgrid: false },
    yaxis: { title: { text: "Goldstein score" }, range: [-10.8, 10.8], zeroline: true, zerolinecolor: "#999", fixedrange: false },
    shapes: shapes,
    annotations: annotations,
    legend: { orientation: "h", x: 0, y: -0.18 },
    plot_bgcolor: "#fff",
    paper_bgcolor: "#fff"
  };
  var config = { responsive: true, scrollZoom: true, displaylogo: false };

  function rowOf(i) { return document.getElementById("ev-" + i); }
  var active = null;
  function show(i) {
    if (active !== null && rowOf(active)) { rowOf(active).classList.remove("active"); }
    active = i;
    var row = rowOf(i);
    if (row) { row.classList.add("active"); }
    panel.textContent = "";
    var head = document.createElement("div");
    head.className = "head";
    head.textContent = ev.when[i] + " · " + ev.what[i];
    var sentence = document.createElement("blockquote");
    sentence.textContent = ev.text[i];
    var link = document.createElement("a");
    link.href = "#ev-" + i;
    link.textContent = ev.id[i];
    panel.appendChild(head);
    panel.appendChild(sentence);
    panel.appendChild(link);
  }

  Plotly.newPlot(chart, [events, mean].concat(legend), layout, config).then(function () {
    chart.on("plotly_hover", function (e) {
      var p = e.points && e.points[0];
      if (p && p.curveNumber === 0) { show(p.pointIndex); }
    });
    chart.on("plotly_click", function (e) {
      var p = e.points && e.points[0];
      if (p && p.curveNumber === 0 && rowOf(p.pointIndex)) {
        rowOf(p.pointIndex).scrollIntoView({ block: "center" });
      }
    });
    chart.setAttribute("data-ready", "true");
  });

  // A click on a phase zooms the chart to it; a second click zooms out.
  var zoomed = null;
  Array.prototype.forEach.call(document.querySelectorAll("#phases tbody tr"), function (tr) {
    tr.addEventListener("click", function (e) {
      if (e.target.tagName === "A") { return; }
      var k = Number(tr.getAttribute("data-phase"));
      var p = data.phases[k];
      var pad = Math.max((p.x1 - p.x0) * 0.05, 0.05);
      var range = zoomed === k ? data.range.slice() : [p.x0 - pad, p.x1 + pad];
      zoomed = zoomed === k ? null : k;
      Plotly.relayout(chart, { "xaxis.range": range });
      window.scrollTo({ top: 0, behavior: "smooth" });
    });
  });
})();
