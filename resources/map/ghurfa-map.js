/* Ghurfa's map: point layers drawn from one GeoJSON collection each, clustered when they are
 * many; popups built from each point's properties when opened (so 8,000 centres cost 8,000
 * small objects, not 8,000 HTML fragments); a legend; and the bridge to the program, which
 * learns of a click on a centre through window.ghurfaHost (a QWebChannel object) when the page
 * is shown inside it. No request leaves the page: everything it needs is written into it. */
(function () {
  'use strict';
  var G = window.ghurfaMap = window.ghurfaMap || {};
  G.layers = {};
  G.markers = {};
  G.counts = {};

  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function number(value) {
    return Number(value).toLocaleString('en-US');
  }

  G.activate = function (id) {
    var host = window.ghurfaHost;
    if (host && typeof host.activate === 'function') {
      host.activate(id);
    }
  };

  function shown(options, field, props) {
    var value = props[field.key];
    if (value === undefined || value === null || value === '') {
      return null;
    }
    if (field.list) {
      value = options.lists[field.list][value];
    } else if (field.values) {
      value = field.values[value] || value;
    } else if (field.number) {
      return number(value);
    }
    if (value === undefined || value === null) {
      return null;
    }
    /* Codes and times read left to right inside a right-to-left popup. */
    return field.ltr ? '<bdi dir="ltr">' + esc(value) + '</bdi>' : esc(value);
  }

  function coverageText(options, props) {
    if (props.o === undefined) {
      return null;
    }
    var words = options.words;
    var parts = [words.officers + ' ' + number(props.o) + ' / ' + number(props.on)];
    if (props.hn || props.h) {
      parts.push(words.vehicles + ' ' + number(props.h) + ' / ' + number(props.hn));
    }
    if (props.qn || props.q) {
      parts.push(words.rapid + ' ' + (props.q ? words.yes : words.no));
    }
    return esc(parts.join('، '));
  }

  function popup(options) {
    return function (marker) {
      var props = marker.feature.properties;
      var rows = [];
      options.fields.forEach(function (field) {
        var value = field.coverage ? coverageText(options, props) : shown(options, field, props);
        if (value !== null) {
          rows.push('<tr><th>' + esc(field.label) + '</th><td>' + value + '</td></tr>');
        }
      });
      var category = options.categories[props.k];
      var title = options.title ? (shown(options, options.title, props) || '') : '';
      var badge = category ? '<span class="g-badge" style="background:' + category.colour +
        '">' + esc(category.label) + '</span>' : '';
      return '<div class="g-popup" dir="' + (options.rtl ? 'rtl' : 'ltr') + '">' +
        '<div class="g-popup-title">' + title + ' ' + badge + '</div>' +
        '<table>' + rows.join('') + '</table></div>';
    };
  }

  function iconMaker(options) {
    var made = {};
    return function (key) {
      if (!made[key]) {
        var category = options.categories[key] || {colour: '#777'};
        made[key] = L.divIcon({
          className: 'g-pin g-pin-' + options.shape,
          html: '<span style="background:' + category.colour + '"></span>',
          iconSize: [options.size, options.size],
          popupAnchor: [0, -options.size / 2]
        });
      }
      return made[key];
    };
  }

  function clusterIcon(options) {
    var order = options.order;
    return function (cluster) {
      var counts = {};
      var children = cluster.getAllChildMarkers();
      for (var i = 0; i < children.length; i++) {
        var key = children[i].feature.properties.k;
        counts[key] = (counts[key] || 0) + 1;
      }
      var total = children.length;
      var stops = [];
      var at = 0;
      order.forEach(function (key) {
        if (counts[key]) {
          var next = at + 100 * counts[key] / total;
          stops.push(options.categories[key].colour + ' ' + at.toFixed(2) + '% ' +
                     next.toFixed(2) + '%');
          at = next;
        }
      });
      var size = total < 10 ? 30 : total < 100 ? 36 : total < 1000 ? 44 : 52;
      return L.divIcon({
        className: 'g-cluster',
        html: '<div style="background:conic-gradient(' + stops.join(',') + ')">' +
              '<span>' + number(total) + '</span></div>',
        iconSize: [size, size]
      });
    };
  }

  /* One GeoJSON collection of points as one layer; clustered if options.cluster. */
  G.points = function (map, data, options) {
    var icon = iconMaker(options);
    var pane = 'markerPane';
    if (options.pane) {
      pane = options.pane;
      if (!map.getPane(pane)) {
        map.createPane(pane).style.zIndex = 590; /* just under the markers' pane (600) */
      }
    }
    var makePopup = popup(options);
    var geo = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        return L.marker(latlng, {icon: icon(feature.properties.k), keyboard: false, pane: pane});
      }
    });
    var counts = {};
    geo.eachLayer(function (marker) {
      var props = marker.feature.properties;
      counts[props.k] = (counts[props.k] || 0) + 1;
      marker.bindPopup(makePopup, {maxWidth: 340, minWidth: 200});
      if (options.kind === 'centre') {
        G.markers[props.i] = marker;
        marker.on('click', function () { G.activate(props.i); });
      }
    });
    var layer = geo;
    if (options.cluster) {
      layer = L.markerClusterGroup({
        iconCreateFunction: clusterIcon(options),
        maxClusterRadius: 48,
        showCoverageOnHover: false,
        spiderfyOnMaxZoom: true,
        disableClusteringAtZoom: 16,
        chunkedLoading: false
      });
      layer.addLayers(geo.getLayers());
    }
    G.layers[options.kind] = layer;
    G.counts[options.kind] = counts;
    return layer;
  };

  /* Outlines (areas, sectors) of one style, named in a tooltip. */
  G.shapes = function (map, data, options) {
    return L.geoJSON(data, {style: options.style}).bindTooltip(function (layer) {
      var props = layer.feature.properties;
      var lines = [];
      options.tooltip.forEach(function (field) {
        var value = props[field.key];
        if (value !== undefined && value !== null && value !== '') {
          lines.push((field.label ? '<b>' + esc(field.label) + ':</b> ' : '') + esc(value));
        }
      });
      return '<div dir="' + (options.rtl ? 'rtl' : 'ltr') + '">' + lines.join('<br>') +
        '</div>';
    }, {sticky: true});
  };

  /* Zoom to a centre and open its popup (the Centres area asks this of the view). */
  G.showCentre = function (id) {
    var marker = G.markers[id];
    var layer = G.layers.centre;
    if (!marker || !layer) {
      return false;
    }
    var open = function () { marker.openPopup(); };
    if (layer.zoomToShowLayer) {
      layer.zoomToShowLayer(marker, open);
    } else {
      marker._map.setView(marker.getLatLng(), 15);
      open();
    }
    return true;
  };

  G.legend = function (map, html, rtl) {
    var control = L.control({position: 'bottomright'});
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'g-legend');
      div.setAttribute('dir', rtl ? 'rtl' : 'ltr');
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    control.addTo(map);
    return control;
  };

  /* Said once every layer is on the map: the program and the tests wait for it. A map laid
   * out while hidden (no size yet) is fitted again when it first gets one. */
  G.ready = function (map, bounds) {
    G.map = map;
    G.bounds = bounds;
    var started = window.performance ? performance.now() : 0;
    if (map.getSize().x === 0 || map.getSize().y === 0) {
      var once = function () {
        if (map.getSize().x > 0) {
          window.removeEventListener('resize', once);
          G.refit();
        }
      };
      window.addEventListener('resize', once);
    }
    document.documentElement.setAttribute('data-ghurfa-ready', JSON.stringify({
      centres: Object.keys(G.markers).length,
      ms: Math.round(started)
    }));
  };

  G.refit = function () {
    if (G.map && G.bounds) {
      G.map.invalidateSize();
      G.map.fitBounds(G.bounds);
    }
  };
}());
