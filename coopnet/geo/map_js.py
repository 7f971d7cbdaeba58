"""JavaScript and CSS of the map page (our own code; Leaflet comes from assets.py).

All user text reaches the page as JSON data and is set with ``textContent``
(``coopnetEl``), never as HTML; the few HTML fragments built in Python (legend,
title, sources) are escaped with ``escape.escape_text``.
"""

CSS = """
.folium-map.leaflet-container { background: #f4f1ea; font-family: "DejaVu Sans", Arial, sans-serif;
  font-size: 12px; }
.leaflet-control-attribution { font-size: 10px; max-width: 60%; }
.coop-label { pointer-events: none; }
/* Names move at once when the pledge clusters animate a zoom: their places are measured then. */
.leaflet-cluster-anim .coop-label { transition: none; }
.coop-label span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  text-align: center; font: 600 12px/1.2 "DejaVu Sans", Arial, sans-serif; color: #1d1d1d;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff, 0 0 1px #fff; }
.coop-label small { display: block; font-weight: 400; font-size: 11px; color: #333; }
/* PDF: blurred shadows are rasterised one by one (1.5 s for a department's names, a 1 MB file);
   a white outline drawn under the letters stays vector and prints in a tenth of the time. */
@media print { .coop-label span { text-shadow: none; -webkit-text-stroke: 3px #fff; paint-order: stroke fill; } }
.coop-hide-labels .coop-label { display: none; }
.coop-tip strong { display: block; font-size: 13px; margin-bottom: 2px; }
.coop-panel { background: rgba(255,255,255,0.94); border-radius: 6px; padding: 8px 12px;
  box-shadow: 0 1px 5px rgba(0,0,0,0.35); color: #222; font: 12px/1.35 "DejaVu Sans", Arial, sans-serif; }
.coop-legend h4 { margin: 0 0 4px 0; font-size: 13px; }
.coop-legend .row { display: flex; align-items: center; margin: 2px 0; }
.coop-legend .sw { width: 18px; height: 12px; border: 1px solid #555; margin-right: 7px; flex: none;
  opacity: 0.7; }
.coop-legend .ln { width: 22px; height: 0; margin-right: 5px; flex: none; }
.coop-legend .dot { width: 11px; height: 11px; border-radius: 50%; margin: 0 9px 0 4px; flex: none;
  border: 2px solid #fff; box-shadow: 0 0 0 1px #666; }
.coop-legend .note { color: #7a4b00; font-style: italic; margin-top: 4px; }
.coop-title { position: absolute; top: 12px; left: 50%; transform: translateX(-50%); z-index: 1000;
  text-align: center; max-width: 86%; white-space: nowrap; }
.coop-title h1 { margin: 0; font-size: 22px; }
.coop-title div { font-size: 13px; color: #444; }
.coop-sources { max-width: 520px; }
.coop-export .leaflet-control-attribution { font-size: 11px; background: rgba(255,255,255,0.9); }
.coop-export .leaflet-control-zoom, .coop-export .leaflet-control-layers { display: none; }
.coop-cluster div { width: 24px; height: 24px; margin: 3px; border-radius: 12px; text-align: center;
  font: 600 10px/24px "DejaVu Sans", Arial, sans-serif; color: #fff; }
.coop-cluster { border-radius: 15px; }
.coop-cluster-doors { background: rgba(84,110,122,0.3); }
.coop-cluster-doors div { background: rgba(84,110,122,0.85); }
.coop-cluster-pledges { background: rgba(27,94,32,0.3); }
.coop-cluster-pledges div { background: rgba(27,94,32,0.85); }
@page { size: A4 landscape; margin: 0; }
"""

# Runs before the layers: the data, helpers, and the object tests/app talk to.
PRELUDE = """
var coopnetData = %(data)s;
window.coopnet = {map: %(map)s, data: coopnetData, layers: {}, byInsee: {}, selected: null,
                  loading: 0, ready: false, bridge: null, labelSubs: {}, pointsStale: false};
function coopnetEl(lines, cls) {
  var box = document.createElement('div');
  box.className = cls || 'coop-tip';
  for (var i = 0; i < lines.length; i++) {
    var line = document.createElement(i === 0 ? 'strong' : 'div');
    line.textContent = lines[i];
    box.appendChild(line);
  }
  return box;
}
function coopnetDecode(p) {
  var out = new Array(p.d.length / 2), la = 0, lo = 0;
  for (var i = 0; i < out.length; i++) {
    la += p.d[2 * i]; lo += p.d[2 * i + 1];
    out[i] = [la / 1e5, lo / 1e5];
  }
  return out;
}
function coopnetCluster(p, kind, colours, labels) {
  var group = L.markerClusterGroup({
    chunkedLoading: true, maxClusterRadius: 45, disableClusteringAtZoom: 17,
    showCoverageOnHover: false, spiderfyOnMaxZoom: false, removeOutsideVisibleBounds: true,
    chunkProgress: function (done, total) { if (done >= total) group.coopnetLoaded = true; },
    iconCreateFunction: function (c) {
      var n = c.getChildCount();
      return L.divIcon({html: '<div>' + (n >= 1000 ? Math.round(n / 100) / 10 + 'k' : n) + '</div>',
                        className: 'coop-cluster coop-cluster-' + kind, iconSize: L.point(30, 30)});
    }
  });
  // Markers are made when the layer is first ticked: 600 000 doors left unticked would
  // otherwise cost the page minutes and hundreds of MB before it shows anything.
  group.coopnetCount = p.d.length / 2;
  group.on('add', function fill() {
    group.off('add', fill);
    var pts = coopnetDecode(p), markers = new Array(pts.length);
    for (var i = 0; i < pts.length; i++) {
      var colour = colours ? colours[p.s.charCodeAt(i) - 48] : '#1b5e20';
      var m = L.circleMarker(pts[i], {radius: 5, weight: 1, color: '#fff', fillColor: colour,
                                      fillOpacity: 0.95});
      if (labels && labels[i]) m.bindTooltip(coopnetEl([labels[i]]));
      markers[i] = m;
    }
    group.addLayers(markers);
  });
  return group;
}
function coopnetHighlight(insee) {
  var c = coopnet.layers.communes;
  if (coopnet.selected && coopnet.byInsee[coopnet.selected]) c.resetStyle(coopnet.byInsee[coopnet.selected]);
  coopnet.selected = insee;
  var l = coopnet.byInsee[insee];
  if (l) { l.setStyle({weight: 4, color: '#000'}); l.bringToFront(); }
  return !!l;
}
function coopnetSelect(insee) {
  coopnetHighlight(insee);
  if (coopnet.bridge) coopnet.bridge.selectVillage(insee);
}
function coopnetFocus(insee) {
  var l = coopnet.byInsee[insee];
  if (!l) return;
  coopnetHighlight(insee);
  // The village stays clear of the title, legend, sources and controls (coopnetFreeArea).
  var pad = coopnetFreeArea(l.getBounds());
  pad.animate = false;
  coopnet.map.fitBounds(l.getBounds(), pad);
}
// Layout: the boxes the map's panels cover (title, legend and scale, sources, controls), in page px.
function coopnetBox(r, m) {
  m = m || 0;
  return {l: r.left - m, t: r.top - m, r: r.right + m, b: r.bottom + m};
}
function coopnetOverlap(a, b) { return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b; }
function coopnetPanels() {
  var out = [], els = document.querySelectorAll('.coop-title, .leaflet-control-container .leaflet-control');
  for (var i = 0; i < els.length; i++) {
    var r = els[i].getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push(coopnetBox(r));
  }
  return out;
}
// The padding that fits ``bounds`` into the part of the page no panel covers: beside the legend
// column (right of it, below the title and the top-right buttons, above the sources), above the
// legend below everything at the top, or above the legend between the top-left and top-right
// buttons; the one with the larger zoom wins. Exports and the app's map alike (exports hide the
// buttons, so there the last two are the same).
function coopnetFreeArea(bounds) {
  var map = coopnet.map, c = coopnetBox(map.getContainer().getBoundingClientRect()), gap = 14;
  function rect(sel) {
    var el = document.querySelector(sel), r = el && el.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0 ? coopnetBox(r) : null;
  }
  var title = rect('.coop-title'), left = rect('.leaflet-bottom.leaflet-left'),
      right = rect('.leaflet-bottom.leaflet-right'), tl = rect('.leaflet-top.leaflet-left'),
      tr = rect('.leaflet-top.leaflet-right');
  function below(r) { return r ? r.b - c.t + gap : 0; }
  var top = Math.max(coopnetData.padTL[1], below(title));
  var side = Math.max(coopnetData.padTL[0], left ? left.r - c.l + gap : 0, tl ? tl.r - c.l + gap : 0);
  var under = right ? c.b - right.t + gap : coopnetData.padBR[1];
  var underAll = Math.max(under, left ? c.b - left.t + gap : 0);
  var cands = [{paddingTopLeft: [side, Math.max(top, below(tr))], paddingBottomRight: [gap, under]},
               {paddingTopLeft: [gap, Math.max(top, below(tl), below(tr))],
                paddingBottomRight: [gap, underAll]},
               {paddingTopLeft: [tl ? tl.r - c.l + gap : gap, top],
                paddingBottomRight: [tr ? c.r - tr.l + gap : gap, underAll]}];
  var best = null, bestZoom = -Infinity;
  cands.forEach(function (p) {
    var z = map.getBoundsZoom(bounds, false, L.point(p.paddingTopLeft).add(p.paddingBottomRight));
    if (z > bestZoom) { bestZoom = z; best = p; }
  });
  return best;
}
// Commune names never overlap each other nor a panel: by priority (villages with a target first,
// then the larger ones), each label is shown only where it fits; the rest appear when zoomed in.
function coopnetPlaceLabels() {
  var map = coopnet.map, layer = coopnet.layers.labels;
  if (!layer || !map.hasLayer(layer)) return;
  var items = [];
  layer.eachLayer(function (m) {
    var el = m.getElement && m.getElement();
    if (el && el.firstChild) { el.firstChild.style.visibility = ''; el.firstChild.style.top = '0px'; items.push(m); }
  });
  // all reads, then all writes: one layout pass for the whole department
  var boxes = items.map(function (m) { return coopnetBox(m.getElement().firstChild.getBoundingClientRect(), 2); });
  var order = items.map(function (m, i) { return i; });
  order.sort(function (a, b) {
    return (items[b].coopPriority - items[a].coopPriority) || (items[a].coopName < items[b].coopName ? -1 : 1);
  });
  var taken = coopnetPanels(), place = {};
  function free(box) {
    for (var k = 0; k < taken.length; k++) if (coopnetOverlap(box, taken[k])) return false;
    return true;
  }
  order.forEach(function (i) {
    var b = boxes[i], h = b.b - b.t;
    // on the town hall; else just above or just below it
    var shifts = [0, -0.75 * h, 0.75 * h];
    place[i] = null;
    for (var s = 0; s < shifts.length; s++) {
      var box = {l: b.l, r: b.r, t: b.t + shifts[s], b: b.b + shifts[s]};
      if (free(box)) { taken.push(box); place[i] = shifts[s]; break; }
    }
  });
  order.forEach(function (i) {
    var span = items[i].getElement().firstChild;
    span.style.visibility = place[i] === null ? 'hidden' : '';
    span.style.top = (place[i] || 0) + 'px';
  });
}
// What tests and the export check: every label's box and whether it shows, the panels' boxes and
// each commune's box, in page pixels.
function coopnetLayout() {
  var map = coopnet.map, c = map.getContainer().getBoundingClientRect(), out = {labels: [], communes: []};
  if (coopnet.layers.labels && map.hasLayer(coopnet.layers.labels)) coopnet.layers.labels.eachLayer(function (m) {
    var el = m.getElement && m.getElement();
    if (!el) return;
    var span = el.firstChild, b = coopnetBox(span.getBoundingClientRect());
    out.labels.push({insee: m.coopInsee, name: m.coopName, priority: m.coopPriority, box: b,
                     shown: span.style.visibility !== 'hidden'});
  });
  coopnet.layers.communes.eachLayer(function (l) {
    var bb = l.getBounds(), nw = map.latLngToContainerPoint(bb.getNorthWest()),
        se = map.latLngToContainerPoint(bb.getSouthEast());
    out.communes.push({insee: l.feature.properties.i,
                       box: {l: nw.x + c.left, t: nw.y + c.top, r: se.x + c.left, b: se.y + c.top}});
  });
  out.panels = coopnetPanels();
  out.view = coopnetBox(c);
  return out;
}
"""

COMMUNES = """
var %(name)s = coopnet.layers.communes = L.geoJSON(coopnetData.communes, {
  style: function (f) { return {color: '#3d3d3d', weight: 1.2, fillColor: f.properties.c, fillOpacity: 0.7}; },
  onEachFeature: function (f, layer) {
    layer.bindTooltip(coopnetEl(f.properties.t), {sticky: true});
    layer.on('click', function () { coopnetSelect(f.properties.i); });
    coopnet.byInsee[f.properties.i] = layer;
  }
});
"""

LABELS = """
coopnet.map.createPane('coopLabels').style.zIndex = 660;  // above clusters and markers
var %(name)s = coopnet.layers.labels = L.layerGroup(coopnetData.labels.map(function (r) {
  var span = document.createElement('span');
  span.textContent = r[2];
  var sub = document.createElement('small');
  sub.textContent = r[3] || '';
  span.appendChild(sub);
  if (r[4]) coopnet.labelSubs[r[4]] = sub;  // updateTakeUp rewrites it
  var m = L.marker([r[0], r[1]], {icon: L.divIcon({className: 'coop-label', html: span, iconSize: null}),
                                  interactive: false, keyboard: false, pane: 'coopLabels'});
  m.coopPriority = r[5] || 0; m.coopName = r[2]; m.coopInsee = r[4];
  return m;
}));
"""

BACKBONE = """
var %(name)s = coopnet.layers.backbone = L.geoJSON(coopnetData.backbone, {
  style: function () { return {color: '#6a1b9a', weight: 4, opacity: 0.9}; },
  onEachFeature: function (f, layer) { layer.bindTooltip(coopnetEl(f.properties.t)); }
});
"""

POPS = """
var %(name)s = coopnet.layers.pops = L.layerGroup(coopnetData.pops.map(function (r) {
  return L.circleMarker([r[0], r[1]], {radius: 7, weight: 2, color: '#fff', fillColor: '#6a1b9a',
                                        fillOpacity: 1}).bindTooltip(coopnetEl(r[2]));
}));
"""

LINKS = """
var %(name)s = coopnet.layers.links = L.layerGroup(coopnetData.links.map(function (r) {
  return L.polyline([[r[0], r[1]], [r[2], r[3]]], {color: '#1a237e', weight: 2.5, dashArray: '8 6',
                                                   opacity: 0.9}).bindTooltip(coopnetEl(r[4]), {sticky: true});
}));
"""

DOORS = """
var %(name)s = coopnet.layers.doors = coopnetCluster(coopnetData.doors, 'doors', coopnetData.doorColours, null);
"""

PLEDGES = """
var %(name)s = coopnet.layers.pledges = coopnetCluster(coopnetData.pledges, 'pledges', null,
                                                      coopnetData.pledges.labels);
"""

# Runs last: view, controls, the Qt bridge, and the "ready" flag exports wait for.
FINISH = """
(function () {
  var map = coopnet.map, D = coopnetData;
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution(%(sources)s);
  L.control.scale({imperial: false, maxWidth: 160, position: %(scale_pos)s}).addTo(map);
  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function () { var d = L.DomUtil.create('div', 'coop-panel coop-legend');
                               d.innerHTML = %(legend)s; return d; };
  legend.addTo(map);
  // Pledges or doors changed: the app recolours the communes in place instead of drawing a
  // new page (memory, see ui/map/page.py). Point layers made before the change are then
  // stale: ticking one asks the app for a full redraw.
  coopnet.updateTakeUp = function (u) {
    coopnet.layers.communes.eachLayer(function (l) {
      var p = l.feature.properties, v = u.villages[p.i];
      if (!v) return;
      p.c = v[0]; p.t[1] = v[1];
      l.setStyle({fillColor: v[0]});
      l.setTooltipContent(coopnetEl(p.t));
      if (coopnet.labelSubs[p.i]) coopnet.labelSubs[p.i].textContent = v[2];
    });
    coopnetPlaceLabels();   // label widths changed
    var counts = legend.getContainer().querySelectorAll('.coop-class-n');
    for (var k = 0; k < counts.length && k < u.classes.length; k++) counts[k].textContent = u.classes[k];
    if (coopnet.selected) coopnetHighlight(coopnet.selected);
    coopnet.pointsStale = true;
    return true;
  };
  coopnet.pointsShown = function () {
    return map.hasLayer(coopnet.layers.doors) || map.hasLayer(coopnet.layers.pledges);
  };
  map.on('overlayadd', function (e) {
    if (coopnet.pointsStale && (e.layer === coopnet.layers.doors || e.layer === coopnet.layers.pledges)
        && coopnet.bridge && coopnet.bridge.redraw) coopnet.bridge.redraw();
  });
  map.on('overlayadd overlayremove', function (e) {
    var which = e.layer === coopnet.layers.doors ? '.coop-doors-legend'
              : e.layer === coopnet.layers.pledges ? '.coop-pledges-legend' : null;
    var d = which && legend.getContainer().querySelector(which);
    if (d) d.style.display = e.type === 'overlayadd' ? 'block' : 'none';
  });
  // Every commune in the part of the map that no panel covers (title, legend, sources, buttons).
  // Until the user zooms or moves the map, the fitted view follows the map's size (a window
  // resized or maximised keeps every commune in view and clear of the panels).
  var fitting = false;
  coopnet.fitted = false;
  function fit() {
    if (!D.bounds) return;
    var pad = coopnetFreeArea(L.latLngBounds(D.bounds));
    pad.animate = false;
    fitting = true;
    try { map.fitBounds(D.bounds, pad); } finally { fitting = false; }
    coopnet.fitted = true;
  }
  map.on('zoomstart movestart', function () { if (!fitting) coopnet.fitted = false; });
  map.on('resize', function () { if (coopnet.fitted && !D.exportMode) fit(); });
  if (!D.exportMode) {  // the app's "show every commune" button, under + and −
    var fitButton = L.control({position: 'topleft'});
    fitButton.onAdd = function () {
      var d = L.DomUtil.create('div', 'leaflet-bar leaflet-control coop-fit'),
          a = L.DomUtil.create('a', '', d);
      a.href = '#'; a.setAttribute('role', 'button'); a.title = %(fit_title)s;
      a.setAttribute('aria-label', %(fit_title)s); a.innerHTML = '&#x2922;';
      L.DomEvent.disableClickPropagation(d);
      L.DomEvent.on(a, 'click', function (e) { L.DomEvent.preventDefault(e); coopnet.fitAll(); });
      return d;
    };
    fitButton.addTo(map);
  }
  fit();
  // A map built in a hidden view has no size: fit it again when first shown.
  coopnet.fitAll = function () {
    map.invalidateSize();
    fit();
  };
  coopnet.fitSize = map.getSize();
  coopnet.refitIfResized = function () {
    setTimeout(function () {
      map.invalidateSize();
      var now = map.getSize(), then = coopnet.fitSize;
      if (Math.abs(now.x - then.x) > 20 || Math.abs(now.y - then.y) > 20) {
        coopnet.fitAll(); coopnet.fitSize = map.getSize();
      }
    }, 150);
  };
  function labelsByZoom() {
    L.DomUtil[map.getZoom() < D.labelsMinZoom ? 'addClass' : 'removeClass'](map.getContainer(), 'coop-hide-labels');
  }
  map.on('zoomend', labelsByZoom); labelsByZoom();
  if (D.focus) coopnetFocus(D.focus);
  map.on('moveend resize', coopnetPlaceLabels);
  map.on('overlayadd', function (e) { if (e.layer === coopnet.layers.labels) coopnetPlaceLabels(); });
  coopnet.placeLabels = coopnetPlaceLabels; coopnet.layout = coopnetLayout;
  if (D.exportMode) L.DomUtil.addClass(map.getContainer(), 'coop-export');
  if (typeof QWebChannel !== 'undefined' && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, function (ch) { coopnet.bridge = ch.objects.bridge; });
  }
  function loaded() {
    for (var k in coopnet.layers) {
      var l = coopnet.layers[k];
      if (l.coopnetCount && map.hasLayer(l) && !l.coopnetLoaded) return false;
    }
    return true;
  }
  (function wait() {
    if (!loaded()) { setTimeout(wait, 50); return; }
    // Panels (title, legend) are laid out by now: fit the map beside them, then place the labels.
    if (D.exportMode) { if (D.focus) coopnetFocus(D.focus); else fit(); }
    coopnetPlaceLabels();
    requestAnimationFrame(function () { coopnet.ready = true; });
  })();
})();
"""
