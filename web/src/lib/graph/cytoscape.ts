import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

// Extensions are registered on the shared cytoscape function, once: registering twice warns.
cytoscape.use(fcose);
cytoscape.use(dagre);

export default cytoscape;
